"""`validate` passes the clean package and names every injected fault."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pyarrow.parquet as pq
import pytest

from ruchina_ai_data.datapackage import file_stats
from ruchina_ai_data.files import to_arrow, write_csv, write_parquet
from ruchina_ai_data.spec import get_table
from ruchina_ai_data.validate import validate_package

REPO = Path(__file__).resolve().parents[1]


def rehash(root: Path) -> None:
    """Make datapackage.json agree with the files again, so deeper checks are reached."""
    path = root / "datapackage.json"
    descriptor = json.loads(path.read_text("utf-8"))
    for resource in descriptor["resources"]:
        file = root / resource["path"]
        if file.is_file():
            size, digest = file_stats(file)
            resource["bytes"], resource["hash"] = size, f"sha256:{digest}"
    path.write_text(json.dumps(descriptor, indent=2, ensure_ascii=False) + "\n", "utf-8")


def rewrite(root: Path, name: str, mutate: Callable[[list[dict[str, Any]]], None]) -> None:
    """Change a table's rows in both twins consistently, then rehash."""
    table = get_table(name)
    rows = pq.read_table(root / f"datasets/{name}.parquet").to_pylist()
    mutate(rows)
    write_parquet(to_arrow(table, rows), root / f"datasets/{name}.parquet")
    write_csv(table, rows, root / f"datasets/{name}.csv")
    rehash(root)


def messages(root: Path, **kwargs: Any) -> list[str]:
    report = validate_package(root, **kwargs)
    assert not report.ok, "the fault was not caught"
    return [str(f) for f in report.findings]


def test_the_clean_package_passes(package_copy: Path, report_text: str):
    report = validate_package(package_copy)
    assert report.ok, [str(f) for f in report.findings]
    assert "source" in report.checks_run and "frictionless" in report.checks_run


def test_the_clean_package_passes_without_the_source(package_copy: Path):
    report = validate_package(package_copy, against_source=False)
    assert report.ok, [str(f) for f in report.findings]
    assert report.skipped


DATA_FILES = sorted(
    r["path"] for r in json.loads((REPO / "datapackage.json").read_text("utf-8"))["resources"]
)


@pytest.mark.parametrize("rel", DATA_FILES)
def test_one_changed_byte_in_any_data_file_names_the_file(package_copy: Path, rel: str):
    file = package_copy / rel
    data = bytearray(file.read_bytes())
    middle = len(data) // 2
    data[middle] = (data[middle] + 1) % 256
    file.write_bytes(bytes(data))
    found = messages(package_copy, against_source=False)
    assert any(f"{rel}: sha256 is" in m for m in found), found


def test_missing_file(package_copy: Path):
    (package_copy / "datasets/sections.parquet").unlink()
    found = messages(package_copy, against_source=False)
    assert any("datasets/sections.parquet: file is missing" in m for m in found)


def test_missing_descriptor(package_copy: Path):
    (package_copy / "datapackage.json").unlink()
    assert messages(package_copy) == ["[descriptor] datapackage.json: datapackage.json is missing"]


def test_extra_undeclared_column_in_csv(package_copy: Path):
    file = package_copy / "datasets/editions.csv"
    lines = file.read_text("utf-8").split("\n")
    file.write_text(
        "\n".join([lines[0] + ",extra"] + [x + ",1" if x else x for x in lines[1:]]), "utf-8"
    )
    rehash(package_copy)
    found = messages(package_copy, against_source=False)
    assert any("table editions" in m and "undeclared columns ['extra']" in m for m in found)


def test_merge_conflict_markers_in_csv(package_copy: Path):
    file = package_copy / "datasets/bibliography.csv"
    text = file.read_text("utf-8")
    file.write_text(text + "<<<<<<< HEAD\n=======\n>>>>>>> branch\n", "utf-8")
    rehash(package_copy)
    found = messages(package_copy, against_source=False)
    assert any("merge-conflict marker" in m and "bibliography.csv" in m for m in found)


def test_duplicated_primary_key(package_copy: Path):
    rewrite(
        package_copy,
        "sections",
        lambda rows: rows[1].update(section=rows[0]["section"], position=99),
    )
    found = messages(package_copy, against_source=False)
    assert any("table sections" in m and "column section" in m for m in found)


def test_footnote_number_that_does_not_exist(package_copy: Path):
    rewrite(package_copy, "exchange_rates", lambda rows: rows[0].update(footnote_en=999))
    found = messages(package_copy, against_source=False)
    assert any(
        "[foreign-key] table exchange_rates" in m
        and "999 not found in footnotes_en.number" in m
        and "row 1" in m
        for m in found
    )


def test_truncated_parquet(package_copy: Path):
    file = package_copy / "datasets/citations.parquet"
    file.write_bytes(file.read_bytes()[:200])
    rehash(package_copy)
    found = messages(package_copy, against_source=False)
    assert any("datasets/citations.parquet: cannot be read as Parquet" in m for m in found)


def test_csv_edited_without_its_parquet_twin(package_copy: Path):
    file = package_copy / "datasets/exchange_rates.csv"
    file.write_text(file.read_text("utf-8").replace("72.45,", "72.5,"), "utf-8")
    rehash(package_copy)
    found = messages(package_copy, against_source=False)
    assert any("[twins] table exchange_rates" in m and "column rate" in m for m in found)


def test_schema_type_changed_in_the_descriptor(package_copy: Path):
    path = package_copy / "datapackage.json"
    descriptor = json.loads(path.read_text("utf-8"))
    resource = next(r for r in descriptor["resources"] if r["name"] == "exchange_rates")
    field = next(f for f in resource["schema"]["fields"] if f["name"] == "rate")
    field["type"] = "string"
    path.write_text(json.dumps(descriptor), "utf-8")
    found = messages(package_copy, against_source=False)
    assert any("field 'rate' has type 'string', the spec says 'number'" in m for m in found)


def test_parquet_column_type_changed(package_copy: Path):
    import pyarrow as pa

    file = package_copy / "datasets/editions.parquet"
    table = pq.read_table(file)
    index = table.schema.get_field_index("footnote_count")
    table = table.set_column(index, "footnote_count", table.column(index).cast(pa.string()))
    pq.write_table(table, file)
    rehash(package_copy)
    found = messages(package_copy, against_source=False)
    assert any("column footnote_count: Arrow type string, the spec says int64" in m for m in found)


def test_impossible_date(package_copy: Path):
    rewrite(
        package_copy,
        "bibliography",
        lambda rows: next(r for r in rows if r["work_id"] == "borak-2023").update(
            date="2023-02-30"
        ),
    )
    found = messages(package_copy, against_source=False)
    assert any(
        "table bibliography" in m and "column date" in m and "not a date that exists" in m
        for m in found
    )


def test_non_iso_currency_code(package_copy: Path):
    rewrite(package_copy, "exchange_rates", lambda rows: rows[0].update(quote_currency="usd"))
    found = messages(package_copy, against_source=False)
    assert any("column quote_currency" in m and "str_matches" in m for m in found)


def test_evidence_span_not_in_the_source(package_copy: Path, report_text: str):
    rewrite(package_copy, "exchange_rates", lambda rows: rows[0].update(evidence_en="€1 = US$1.07"))
    found = messages(package_copy)
    assert any("evidence '€1 = US$1.07' is not on line 1007" in m for m in found)


def test_value_that_differs_from_a_rebuild(package_copy: Path, report_text: str):
    rewrite(package_copy, "footnotes_en", lambda rows: rows[11].update(pages="99"))
    found = messages(package_copy)
    assert any(
        "table footnotes_en" in m and "differs from a rebuild" in m and "'99'" in m for m in found
    )


def test_altered_source_given_explicitly_is_an_error(package_copy: Path, tmp_path: Path):
    altered = tmp_path / "report.md"
    altered.write_text("altered", "utf-8")
    found = messages(package_copy, source=altered)
    assert any("[source]" in m and "expected a29607cd" in m for m in found)


@pytest.mark.parametrize("kind", ["csv", "parquet"])
def test_value_outside_an_enum(package_copy: Path, kind: str):
    if kind == "csv":
        file = package_copy / "datasets/footnotes_fr.csv"
        file.write_text(file.read_text("utf-8").replace(",citation,", ",quote,", 1), "utf-8")
        rehash(package_copy)
    else:
        with pytest.raises(ValueError, match="values outside the enum"):
            rewrite(package_copy, "footnotes_fr", lambda rows: rows[0].update(kind="quote"))
        return
    found = messages(package_copy, against_source=False)
    assert any("table footnotes_fr" in m and "column kind" in m for m in found)


def test_amount_whose_stated_conversion_no_longer_matches(package_copy: Path):
    rewrite(
        package_copy,
        "amounts",
        lambda rows: next(
            r for r in rows if r["amount_id"] == "china-ai-industry-target-2030"
        ).update(eur=151_500_000_000),
    )
    found = messages(package_copy, against_source=False)
    assert any(
        "[conversion] table amounts" in m
        and "column eur" in m
        and "amount china-ai-industry-target-2030: US$150,000,000,000 / 1.06 = "
        "€141,509,433,962, but the report states €151,500,000,000"
        in m
        for m in found
    ), found


def test_computed_value_that_the_rate_does_not_give(package_copy: Path):
    rewrite(
        package_copy,
        "amounts",
        lambda rows: next(
            r for r in rows if r["amount_id"] == "russia-safe-city-systems-investment"
        ).update(rub_computed=1),
    )
    found = messages(package_copy, against_source=False)
    assert any(
        "column rub_computed" in m
        and "computed RUB is 1, the rate eur-rub-2020 gives 99,276,000,000" in m
        for m in found
    ), found


def test_figure_unit_that_disagrees_with_its_metric(package_copy: Path):
    rewrite(
        package_copy,
        "figures",
        lambda rows: next(r for r in rows if r["figure_id"] == "s400-range").update(unit="count"),
    )
    found = messages(package_copy, against_source=False)
    assert any(
        "figure s400-range: unit count, metric engagement_range expects km" in m for m in found
    ), found


def test_dangling_metric(package_copy: Path):
    rewrite(package_copy, "figures", lambda rows: rows[0].update(metric="happiness"))
    found = messages(package_copy, against_source=False)
    assert any("happiness not found in metrics.metric" in m for m in found), found


def test_stake_over_100_percent(package_copy: Path):
    rewrite(
        package_copy,
        "ownership",
        lambda rows: next(r for r in rows if r["ownership_id"] == "fu-liquan-owns-dahua").update(
            stake=93.37
        ),
    )
    found = messages(package_copy, against_source=False)
    assert any("stakes in dahua-technology add up to 105.68%, over 100%" in m for m in found), found


def test_complements_that_do_not_add_up(package_copy: Path):
    rewrite(
        package_copy,
        "ownership",
        lambda rows: next(
            r
            for r in rows
            if r["ownership_id"] == "domestic-and-international-investors-own-sberbank"
        ).update(stake=40.0),
    )
    found = messages(package_copy, against_source=False)
    assert any("50% + 1 share and 40% - 1 share do not add up to 100%" in m for m in found), found


def test_non_iso_country_code(package_copy: Path):
    rewrite(
        package_copy,
        "entities",
        lambda rows: next(r for r in rows if r["entity_id"] == "huawei").update(country="XX"),
    )
    found = messages(package_copy, against_source=False)
    assert any("'XX' is not an ISO 3166-1 alpha-2 country code" in m for m in found), found


def test_spelling_that_names_two_entities(package_copy: Path):
    def duplicate(rows):
        rows.append({**rows[0], "entity_id": "huawei"})

    rewrite(package_copy, "entity_aliases", duplicate)
    found = messages(package_copy, against_source=False)
    assert any(
        "table entity_aliases" in m and ("duplicate" in m.lower() or "unique" in m.lower())
        for m in found
    ), found


def test_relation_to_an_entity_that_does_not_exist(package_copy: Path):
    rewrite(package_copy, "relations", lambda rows: rows[0].update(object_id="atlantis"))
    found = messages(package_copy, against_source=False)
    assert any("atlantis not found in entities.entity_id" in m for m in found), found


def test_event_date_at_the_wrong_precision(package_copy: Path):
    rewrite(package_copy, "events", lambda rows: rows[0].update(date_precision="day"))
    found = messages(package_copy, against_source=False)
    assert any("is not at day precision" in m for m in found), found


def test_stale_croissant_hash(package_copy: Path):
    path = package_copy / "croissant.json"
    metadata = json.loads(path.read_text("utf-8"))
    metadata["distribution"][0]["sha256"] = "0" * 64
    path.write_text(json.dumps(metadata), "utf-8")
    found = messages(package_copy, against_source=False)
    assert any(
        "[croissant] croissant.json" in m and "does not match the file" in m for m in found
    ), found
