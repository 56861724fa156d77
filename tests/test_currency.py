"""Currency helpers: exact conversions with the report's rates, and clear refusals."""

from __future__ import annotations

import re
from decimal import Decimal

import pandas as pd
import pytest
from hypothesis import given
from hypothesis import strategies as st

from ruchina_ai_data.currency import ConversionError, add_conversions, convert, rate_for


def test_the_reports_own_example():
    assert round(convert(150_000_000_000, "USD", "EUR") / 10**8) == 1415  # €141.5 billion


def test_rubles_use_the_rate_of_their_year():
    assert convert(392_000_000_000, "RUB", "EUR", year=2019) == Decimal(392_000_000_000) / Decimal(
        "72.45"
    )
    assert convert(1, "EUR", "RUB", year=2020) == Decimal("82.73")
    assert rate_for("RUB", year=2020).rate_id == "eur-rub-2020"


def test_dollars_to_rubles_go_through_the_euro():
    assert convert(106, "USD", "RUB", year=2019) == Decimal("100") * Decimal("72.45")


@pytest.mark.parametrize(
    ("args", "kwargs", "message"),
    [
        (
            (100, "RUB", "EUR"),
            {},
            "converting RUB needs a year: the report states EUR/RUB rates for 2019, 2020 only",
        ),
        (
            (100, "RUB", "EUR"),
            {"year": 2022},
            "the report states no EUR/RUB rate for 2022; it states rates for 2019, 2020",
        ),
        (
            (100, "GBP", "EUR"),
            {},
            "the report states no rate for GBP; it converts only between ['EUR', 'RUB', 'USD']",
        ),
        ((100, "EURO", "USD"), {}, "'EURO' is not an ISO 4217 currency code"),
        ((100, "usd", "EUR"), {}, "currency codes are upper case: use 'USD', not 'usd'"),
        ((-1, "USD", "EUR"), {}, "cannot convert a negative amount (-1)"),
        ((None, "USD", "EUR"), {}, "cannot convert a missing amount (None)"),
        ((float("nan"), "USD", "EUR"), {}, "cannot convert a missing or infinite amount (nan)"),
        (("ten", "USD", "EUR"), {}, "'ten' is not an amount"),
        (
            (1, "USD", "EUR"),
            {"rates": "imf"},
            "unknown rate source 'imf'; use one of ('report', 'ecb')",
        ),
        (
            (1, "RUB", "EUR"),
            {"rates": "ecb", "year": 2023},
            "no ECB rate: the ECB history does not cover EUR/RUB for all of 2023",
        ),
    ],
)
def test_every_refusal_says_what_is_available(args, kwargs, message):
    with pytest.raises(ConversionError) as error:
        convert(*args, **kwargs)
    assert message in str(error.value)


def test_ecb_cross_check_for_the_dollar_date():
    value = convert(1, "EUR", "USD", rates="ecb", date=pd.Timestamp("2023-02-26").date())
    assert value == Decimal("1.057")


def test_series_in_series_out():
    series = pd.Series([106, 212], name="usd")
    result = convert(series, "USD", "EUR")
    assert result.dtype == "Float64"
    assert result.tolist() == [100.0, 200.0]
    with pytest.raises(ConversionError, match="negative"):
        convert(pd.Series([1, -2]), "USD", "EUR")


def test_add_conversions_flags_stated_and_computed():
    frame = pd.DataFrame({"amount": [106, 5], "currency": ["USD", "EUR"]})
    out = add_conversions(frame, "amount", "currency", "EUR")
    assert out["eur_converted"].tolist() == [100.0, 5.0]
    assert out["eur_rate_kind"].tolist() == ["computed", "stated"]
    assert out["eur_rate_id"].tolist()[0] == "eur-usd-2023-02-26"


amounts = st.decimals(min_value=0, max_value=10**13, places=2, allow_nan=False)


@given(amounts)
def test_dollar_round_trip_is_exact(amount):
    there = convert(amount, "USD", "EUR")
    assert abs(convert(there, "EUR", "USD") - amount) < Decimal("1e-12")


@given(amounts, st.sampled_from([2019, 2020]))
def test_ruble_round_trip_is_exact(amount, year):
    there = convert(amount, "RUB", "USD", year=year)
    assert abs(convert(there, "USD", "RUB", year=year) - amount) < Decimal("1e-12")


@given(amounts, amounts)
def test_conversion_is_monotone(a, b):
    if a <= b:
        assert convert(a, "EUR", "RUB", year=2020) <= convert(b, "EUR", "RUB", year=2020)


def test_a_series_with_missing_amounts_keeps_them_missing():
    import pandas as pd

    import ruchina_ai_data as rd

    usd = rd.load("amounts")["usd"]
    assert usd.isna().any()
    converted = rd.convert(usd, "USD", "EUR")
    assert converted.isna().tolist() == usd.isna().tolist()
    assert converted.dtype == "Float64" and converted.index.equals(usd.index)
    assert rd.convert(pd.Series([1.06, None, float("nan")]), "USD", "EUR").isna().sum() == 2


def test_add_conversions_leaves_rows_without_an_amount_missing():
    import ruchina_ai_data as rd

    amounts = rd.load("amounts")
    out = rd.add_conversions(amounts, "usd", "original_currency", "EUR", year="period")
    missing = amounts["usd"].isna()
    assert out.loc[missing, "eur_converted"].isna().all()
    assert out.loc[missing, "eur_rate_kind"].isna().all()
    assert out.loc[~missing, "eur_converted"].notna().all()


@pytest.mark.parametrize(
    "kwargs, message",
    [
        ({"amount": True}, "True is a boolean, not an amount"),
        ({"year": "20x9"}, "year must be a whole year such as 2019 or '2019', not '20x9'"),
        ({"year": 2019.0}, "not 2019.0"),
        ({"date": "2022-13-01", "rates": "ecb"}, "date must be a date or an ISO 8601 string"),
        ({"date": 20220301, "rates": "ecb"}, "not 20220301"),
    ],
)
def test_bad_arguments_get_a_conversion_error_that_says_what_is_wrong(kwargs, message):
    from ruchina_ai_data import ConversionError, convert

    amount = kwargs.pop("amount", 1)
    with pytest.raises(ConversionError, match=re.escape(message)):
        convert(amount, "RUB", "EUR", **{"year": 2019, **kwargs})


def test_a_year_or_a_date_may_be_a_string():
    import datetime as dt

    from ruchina_ai_data import convert

    assert convert(72.45, "RUB", "EUR", year="2019") == convert(72.45, "RUB", "EUR", year=2019)
    by_text = convert(1, "EUR", "USD", rates="ecb", date="2022-03-01")
    assert by_text == convert(1, "EUR", "USD", rates="ecb", date=dt.date(2022, 3, 1))
