"""ECB reference rates from the bundled history, and what happens where it has none."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from ruchina_ai_data import ecb


def test_sunday_falls_back_to_the_friday_rate():
    rate = ecb.on_or_before("USD", dt.date(2023, 2, 26))
    assert rate.rate == Decimal("1.057")
    assert rate.date_from == dt.date(2023, 2, 24)
    assert "last ECB business day before 2023-02-26" in rate.method


@pytest.mark.parametrize(("year", "mean"), [(2019, "72.4553")])
def test_annual_mean_over_business_days(year, mean):
    assert ecb.annual_mean("RUB", year).rate.quantize(Decimal("0.0001")) == Decimal(mean)


def test_annual_mean_2020():
    rate = ecb.annual_mean("RUB", 2020)
    assert rate.rate.quantize(Decimal("0.0001")) == Decimal("82.7248")
    assert rate.observations == 257


def test_ruble_after_march_2022_is_unavailable_with_a_clear_message():
    with pytest.raises(ecb.EcbRateUnavailable, match="runs from .* to 2022-03-01"):
        ecb.on_or_before("RUB", dt.date(2023, 2, 26))
    with pytest.raises(ecb.EcbRateUnavailable, match="does not cover EUR/RUB for all of 2022"):
        ecb.annual_mean("RUB", 2022)


def test_unknown_currency_is_unavailable():
    with pytest.raises(ecb.EcbRateUnavailable, match="no XYZ series"):
        ecb.on_or_before("XYZ", dt.date(2023, 1, 2))
