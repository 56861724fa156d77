"""Curated facts: form checks, derived provenance, completeness, and facts checked by eye."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from ruchina_ai_data.curation.errors import CurationError
from ruchina_ai_data.curation.facts import read_facts
from ruchina_ai_data.derive.provenance import SpanError, locate_span
from ruchina_ai_data.derive.texts import EditionTexts
from ruchina_ai_data.source.numbers import full_scale, numbers_in

GOOD = """
[[figure]]
id = "x-count"
entity = "x"
subject = "X"
metric = "companies"
value = "15"
unit = "count"
qualifier = "exact"
evidence_en = "expanded to include 15 companies"
"""


def write(tmp_path: Path, text: str) -> Path:
    (tmp_path / "01-test.toml").write_text(text, "utf-8")
    return tmp_path


def test_a_good_record_loads(tmp_path: Path):
    facts, exclusions = read_facts(write(tmp_path, GOOD))
    assert [f.id for f in facts] == ["x-count"] and exclusions == ()


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (('value = "15"', 'value = "16"'), "the en evidence does not show the number 16"),
        (('id = "x-count"', 'id = "X Count"'), "id must be a lower-case slug"),
        (('qualifier = "exact"', 'qualifier = "roughly"'), "qualifier 'roughly' not in"),
        (('unit = "count"', 'unit = "dozens"'), "needs value and a unit in"),
        (('value = "15"', 'value = "15 zillion"'), "'15 zillion' is not a number as printed"),
        (('subject = "X"', 'subject = "X"\nperiod = "2019-13-01"'), "is not ISO 8601"),
        (('subject = "X"', 'subject = "X"\ncolour = "red"'), "unknown keys ['colour']"),
        (('evidence_en = "expanded to include 15 companies"', ""), "needs evidence_en or"),
    ],
)
def test_malformed_records_are_refused_with_the_reason(tmp_path, change, message):
    with pytest.raises(CurationError) as error:
        read_facts(write(tmp_path, GOOD.replace(*change)))
    assert message in str(error.value)
    assert "curated/facts/01-test.toml: figure" in str(error.value)


def test_an_amount_needs_a_known_original_currency(tmp_path):
    record = """
[[amount]]
id = "a"
entity = "a"
subject = "A"
metric = "fund_size"
qualifier = "exact"
eur = "1.5 billion"
original = "GBP"
evidence_en = "€1.5 billion"
"""
    with pytest.raises(CurationError, match="original 'GBP' must be one of"):
        read_facts(write(tmp_path, record))


def test_an_id_used_twice_is_refused(tmp_path):
    with pytest.raises(CurationError, match=r"ids used twice: \['x-count'\]"):
        read_facts(write(tmp_path, GOOD + GOOD))


def test_values_are_exact_at_full_scale():
    assert full_scale("943.4 million") == 943_400_000
    assert full_scale("141.5 billion") == 141_500_000_000
    assert full_scale("13.37") == Decimal("13.37")
    assert full_scale("363.5 million") == 363_500_000


def test_numbers_are_read_with_each_editions_separators():
    assert numbers_in("over 23'000 flight missions and 1'180 drones", "en") == [23000, 1180]
    assert numbers_in("plus de 23 000 missions, 141,5 milliards", "fr") == [23000, 141.5]


def test_a_span_not_in_the_report_is_refused(report):
    with pytest.raises(SpanError, match="evidence span not found in the en edition"):
        locate_span(EditionTexts(report.editions["en"]), "en", "€999 billion")


def test_an_ambiguous_span_asks_for_a_context(report):
    with pytest.raises(SpanError) as error:
        locate_span(EditionTexts(report.editions["en"]), "en", "Huawei")
    assert "give a longer `context_en`" in str(error.value)


def test_a_context_disambiguates(report):
    where = locate_span(
        EditionTexts(report.editions["en"]),
        "en",
        "15 companies",
        context="expanded to include 15 companies",
    )
    assert where.line == 1071


def test_a_long_span_is_refused(report):
    with pytest.raises(SpanError, match="more than 160"):
        locate_span(EditionTexts(report.editions["en"]), "en", "x" * 200)


def test_every_numeral_of_both_editions_is_captured_or_excluded(built_rows):
    numerals = built_rows["numerals"]
    assert {row["status"] for row in numerals} == {"captured", "excluded"}
    assert {row["edition"] for row in numerals} == {"en", "fr"}
    assert all(row["record_id"] or row["exclusion_id"] for row in numerals)


def _row(rows, key, value):
    return next(row for row in rows if row[key] == value)


# Checked by eye in both editions (English line / French line of report.md).
SPOT_AMOUNTS = [
    # id, eur, usd, rub, footnote_en, footnote_fr, rate
    (
        "china-ai-industry-target-2030",
        141_500_000_000,
        150_000_000_000,
        None,
        13,
        15,
        "eur-usd-2023-02-26",
    ),
    (
        "sino-russian-joint-innovation-fund-2019",
        943_400_000,
        1_000_000_000,
        None,
        83,
        111,
        "eur-usd-2023-02-26",
    ),
    (
        "russia-ai-roadmap-funding-2024",
        5_400_000_000,
        None,
        392_000_000_000,
        None,
        62,
        "eur-rub-2019",
    ),
    ("huawei-vocord-acquisition-2019", 47_000_000, 50_000_000, None, 85, 113, "eur-usd-2023-02-26"),
    (
        "russia-electronics-imports-from-china-2022",
        4_500_000_000,
        4_800_000_000,
        None,
        152,
        196,
        "eur-usd-2023-02-26",
    ),
    ("russia-safe-city-systems-investment", 1_200_000_000, None, None, 127, 169, "eur-rub-2020"),
]


@pytest.mark.parametrize("expected", SPOT_AMOUNTS, ids=lambda e: e[0])
def test_spot_checked_amounts(built_rows, expected):
    name, eur, usd, rub, note_en, note_fr, rate = expected
    row = _row(built_rows["amounts"], "amount_id", name)
    assert (row["eur"], row["usd"], row["rub"]) == (eur, usd, rub)
    assert (row["footnote_en"], row["footnote_fr"], row["rate_id"]) == (note_en, note_fr, rate)


def test_implied_ruble_amount_is_computed_not_stated(built_rows):
    row = _row(built_rows["amounts"], "amount_id", "russia-safe-city-systems-investment")
    assert row["rub"] is None
    assert row["rub_computed"] == 99_276_000_000  # 1.2 billion × 82.73
    assert (row["rate_footnote_en"], row["rate_footnote_fr"]) == (126, 168)


SPOT_FIGURES = [
    ("china-ai-spending-growth-2005-2015", 350, "percent", "exact", 1051, 131),
    ("sberbank-stake-ministry-of-finance", 50, "percent", "plus_one_share", 1183, 289),
    ("s400-airborne-threats", 36, "count", "up_to", 1245, 359),
    ("s400-range", 250, "km", "up_to", 1245, 359),
    ("dahua-stake-fu-liquan", 13.37, "percent", "exact", 1386, 535),
    ("huawei-employee-shareholders-2021", 131_507, "count", "exact", 1327, 463),
    ("china-cctv-cameras", 200_000_000, "count", "more_than", 1431, 568),
]


@pytest.mark.parametrize("expected", SPOT_FIGURES, ids=lambda e: e[0])
def test_spot_checked_figures(built_rows, expected):
    name, value, unit, qualifier, line_en, line_fr = expected
    row = _row(built_rows["figures"], "figure_id", name)
    assert (row["value"], row["unit"], row["qualifier"]) == (value, unit, qualifier)
    assert (row["line_en"], row["line_fr"]) == (line_en, line_fr)


def test_table_cells_take_the_footnote_of_their_table_header(built_rows):
    row = _row(built_rows["figures"], "figure_id", "dahua-stake-fu-liquan")
    assert (row["footnote_en"], row["footnote_fr"]) == (105, 138)  # Factiva, 2023


def test_a_figure_stated_only_in_a_citation_title_is_captured(built_rows):
    row = _row(built_rows["amounts"], "amount_id", "sberbank-shares-purchase-2020")
    assert row["usd"] == 29_000_000_000
    assert (row["footnote_en"], row["footnote_fr"]) == (54, 71)


def test_a_curated_file_that_is_not_toml_names_itself(tmp_path):
    (tmp_path / "01-broken.toml").write_text("[[figure]\nid = ", "utf-8")
    with pytest.raises(CurationError, match="curated/facts/01-broken.toml"):
        read_facts(tmp_path)


@pytest.mark.parametrize(
    "record, message",
    [
        ("claims:nobody-said-it", "record 'claims:nobody-said-it' is not a curated record"),
        ("scenarios:scenario-1", "record 'scenarios:scenario-1' is not a curated record"),
    ],
)
def test_a_curated_difference_must_name_a_curated_record(record, message):
    from dataclasses import replace

    from ruchina_ai_data.curation.curated import _check_cross_references, read_all
    from ruchina_ai_data.curation.scenarios import Difference

    curated = read_all()
    _check_cross_references(curated)  # the real files pass
    stray = Difference("stray", "wording_differs", "a", "b", "c", record=record)
    with pytest.raises(CurationError, match=message):
        _check_cross_references(replace(curated, differences=(*curated.differences, stray)))


def test_a_claim_supports_facts_relations_and_events_only():
    from dataclasses import replace

    from ruchina_ai_data.curation.curated import _check_cross_references, read_all

    curated = read_all()
    claim = replace(curated.claims[0], supports=("claims:" + curated.claims[1].id,))
    with pytest.raises(CurationError, match="which is not an amount, figure, relation or event"):
        _check_cross_references(replace(curated, claims=(claim, *curated.claims[1:])))


def test_a_slip_needs_a_span(monkeypatch):
    from ruchina_ai_data.curation import slips

    monkeypatch.setattr(slips, "read_curated", lambda name: {"slip": [{"id": "s", "detail": "d"}]})
    with pytest.raises(CurationError, match="slip s: needs evidence_en or evidence_fr"):
        slips.read_slips()


def test_a_slip_not_in_the_report_names_itself(pinned, report):
    from ruchina_ai_data.curation.slips import Slip
    from ruchina_ai_data.derive.derived import derive

    def curated_with(slip):
        from dataclasses import replace

        from ruchina_ai_data.curation.curated import read_all

        return replace(read_all(), slips=(slip,))

    stray = Slip("stray", "d", evidence_en="a phrase the report never prints")
    with pytest.raises(CurationError, match="text_slips.toml: slip stray: evidence span not found"):
        derive(pinned, report, curated_with(stray))
