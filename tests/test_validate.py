"""`validate` passes the clean package and names every injected fault. Each fault test runs
only the check it targets (`checks=`); the checks that read the report reuse the session's
one build (`rebuilt=`)."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pyarrow.parquet as pq
import pytest

from ruchina_ai_data.checks import CHECKS, validate_package
from ruchina_ai_data.hashing import file_stats
from ruchina_ai_data.publish.content import content_hash, rows_as_columns
from ruchina_ai_data.publish.files import to_arrow, write_csv, write_parquet
from ruchina_ai_data.spec import get_table

REPO = Path(__file__).resolve().parents[1]
WITHOUT_REPORT = [c for c in CHECKS if c != "source"]


def rehash(root: Path) -> None:
    """Make datapackage.json agree with the files' bytes again (not with their rows), so
    that deeper checks are reached."""
    path = root / "datapackage.json"
    descriptor = json.loads(path.read_text("utf-8"))
    for resource in descriptor["resources"]:
        file = root / resource["path"]
        if file.is_file():
            size, digest = file_stats(file)
            resource["bytes"], resource["hash"] = size, f"sha256:{digest}"
    path.write_text(json.dumps(descriptor, indent=2, ensure_ascii=False) + "\n", "utf-8")


def rows_of(root: Path, name: str) -> list[dict[str, Any]]:
    return pq.read_table(root / f"datasets/{name}.parquet").to_pylist()


def rewrite(
    root: Path, name: str, mutate: Callable[[list[dict[str, Any]]], Any], content: bool = False
) -> None:
    """Change a table's rows in both twins consistently, then rehash the files; with
    `content`, also the descriptor's row count and content checksum (as a tool that
    regenerates the whole descriptor would)."""
    table = get_table(name)
    rows = rows_of(root, name)
    mutate(rows)
    write_parquet(to_arrow(table, rows), root / f"datasets/{name}.parquet")
    write_csv(table, rows, root / f"datasets/{name}.csv")
    if content:
        path = root / "datapackage.json"
        descriptor = json.loads(path.read_text("utf-8"))
        resource = next(r for r in descriptor["resources"] if r["name"] == name)
        resource["rows"] = len(rows)
        resource["contentHash"] = content_hash(table, rows_as_columns(table, rows))
        path.write_text(json.dumps(descriptor, indent=2, ensure_ascii=False) + "\n", "utf-8")
    rehash(root)


def messages(root: Path, **kwargs: Any) -> list[str]:
    report = validate_package(root, **kwargs)
    assert not report.ok, "the fault was not caught"
    return [str(f) for f in report.findings]


@pytest.fixture(params=[False, True], ids=["without-report", "with-report"])
def with_report(request: pytest.FixtureRequest) -> Callable[..., dict[str, Any]]:
    """validate_package options for the checks a fault targets: without the report, and
    with it (the source check added, on the session's one build)."""
    if not request.param:
        return lambda *checks: {"against_source": False, "checks": list(checks)}
    pinned, rows = request.getfixturevalue("pinned"), request.getfixturevalue("built_rows")
    return lambda *checks: {"source": pinned, "rebuilt": rows, "checks": [*checks, "source"]}


def test_the_clean_package_passes_every_check(package_copy: Path, report_text: str):
    report = validate_package(package_copy)
    assert report.ok, [str(f) for f in report.findings]
    assert report.checks_run == list(CHECKS)


def test_the_clean_package_passes_without_the_source(package_copy: Path):
    report = validate_package(package_copy, against_source=False)
    assert report.ok, [str(f) for f in report.findings]
    assert report.checks_run == WITHOUT_REPORT
    assert report.skipped == ["checks against the source report skipped on request"]


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
    found = messages(package_copy, checks=["files"])
    assert any(f"{rel}: sha256 is" in m for m in found), found


def test_missing_file(package_copy: Path):
    (package_copy / "datasets/sections.parquet").unlink()
    found = messages(package_copy, checks=["files"])
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
    found = messages(package_copy, checks=["csv"])
    assert any("table editions" in m and "undeclared columns ['extra']" in m for m in found)


def test_merge_conflict_markers_in_csv(package_copy: Path):
    file = package_copy / "datasets/bibliography.csv"
    text = file.read_text("utf-8")
    file.write_text(text + "<<<<<<< HEAD\n=======\n>>>>>>> branch\n", "utf-8")
    rehash(package_copy)
    found = messages(package_copy, checks=["csv"])
    assert any("merge-conflict marker" in m and "bibliography.csv" in m for m in found)


def test_duplicated_primary_key(package_copy: Path):
    rewrite(
        package_copy,
        "sections",
        lambda rows: rows[1].update(section=rows[0]["section"], position=99),
    )
    found = messages(package_copy, checks=["schema"])
    assert any("table sections" in m and "column section" in m for m in found)


def test_footnote_number_that_does_not_exist(package_copy: Path):
    rewrite(package_copy, "exchange_rates", lambda rows: rows[0].update(footnote_en=999))
    found = messages(package_copy, checks=["keys"])
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
    found = messages(package_copy, checks=["parquet"])
    assert any("datasets/citations.parquet: cannot be read as Parquet" in m for m in found)


def test_csv_edited_without_its_parquet_twin(package_copy: Path):
    file = package_copy / "datasets/exchange_rates.csv"
    file.write_text(file.read_text("utf-8").replace("72.45,", "72.5,"), "utf-8")
    rehash(package_copy)
    found = messages(package_copy, checks=["twins"])
    assert any("[twins] table exchange_rates" in m and "column rate" in m for m in found)


def test_schema_type_changed_in_the_descriptor(package_copy: Path):
    path = package_copy / "datapackage.json"
    descriptor = json.loads(path.read_text("utf-8"))
    resource = next(r for r in descriptor["resources"] if r["name"] == "exchange_rates")
    field = next(f for f in resource["schema"]["fields"] if f["name"] == "rate")
    field["type"] = "string"
    path.write_text(json.dumps(descriptor), "utf-8")
    found = messages(package_copy, checks=["descriptor"])
    assert any("field 'rate' has type 'string', the spec says 'number'" in m for m in found)


def test_parquet_column_type_changed(package_copy: Path):
    import pyarrow as pa

    file = package_copy / "datasets/editions.parquet"
    table = pq.read_table(file)
    index = table.schema.get_field_index("footnote_count")
    table = table.set_column(index, "footnote_count", table.column(index).cast(pa.string()))
    pq.write_table(table, file)
    rehash(package_copy)
    found = messages(package_copy, checks=["parquet"])
    assert any("column footnote_count: Arrow type string, the spec says int64" in m for m in found)


def test_impossible_date(package_copy: Path):
    rewrite(
        package_copy,
        "bibliography",
        lambda rows: next(r for r in rows if r["work_id"] == "borak-2023").update(
            date="2023-02-30"
        ),
    )
    found = messages(package_copy, checks=["schema"])
    assert any(
        "table bibliography" in m and "column date" in m and "not a date that exists" in m
        for m in found
    )


def test_non_iso_currency_code(package_copy: Path):
    rewrite(package_copy, "exchange_rates", lambda rows: rows[0].update(quote_currency="usd"))
    found = messages(package_copy, checks=["schema"])
    assert any("column quote_currency" in m and "str_matches" in m for m in found)


def test_evidence_span_not_in_the_source(package_copy: Path, pinned, built_rows):
    rewrite(package_copy, "exchange_rates", lambda rows: rows[0].update(evidence_en="€1 = US$1.07"))
    found = messages(package_copy, checks=["source"], source=pinned, rebuilt=built_rows)
    assert any("evidence '€1 = US$1.07' is not on line 1007" in m for m in found)


def test_value_that_differs_from_a_rebuild(package_copy: Path, pinned, built_rows):
    rewrite(package_copy, "footnotes_en", lambda rows: rows[11].update(pages="99"))
    found = messages(package_copy, checks=["source"], source=pinned, rebuilt=built_rows)
    assert any(
        "table footnotes_en" in m and "differs from a rebuild" in m and "'99'" in m for m in found
    )


def test_altered_source_given_explicitly_is_an_error(package_copy: Path, tmp_path: Path):
    altered = tmp_path / "report.md"
    altered.write_text("altered", "utf-8")
    found = messages(package_copy, checks=["source"], source=altered)
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
    found = messages(package_copy, checks=["csv"])
    assert any(
        "table footnotes_fr" in m
        and "column kind" in m
        and "outside its categories: ['quote']" in m
        for m in found
    ), found


def test_amount_whose_stated_conversion_no_longer_matches(package_copy: Path):
    rewrite(
        package_copy,
        "amounts",
        lambda rows: next(
            r for r in rows if r["amount_id"] == "china-ai-industry-target-2030"
        ).update(eur=151_500_000_000),
    )
    found = messages(package_copy, checks=["consistency"])
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
    found = messages(package_copy, checks=["consistency"])
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
    found = messages(package_copy, checks=["consistency"])
    assert any(
        "figure s400-range: unit count, metric engagement_range expects km" in m for m in found
    ), found


def test_dangling_metric(package_copy: Path):
    rewrite(package_copy, "figures", lambda rows: rows[0].update(metric="happiness"))
    found = messages(package_copy, checks=["keys"])
    assert any("happiness not found in metrics.metric" in m for m in found), found


def test_stake_over_100_percent(package_copy: Path):
    rewrite(
        package_copy,
        "ownership",
        lambda rows: next(r for r in rows if r["ownership_id"] == "fu-liquan-owns-dahua").update(
            stake=93.37
        ),
    )
    found = messages(package_copy, checks=["consistency"])
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
    found = messages(package_copy, checks=["consistency"])
    assert any("50% + 1 share and 40% - 1 share do not add up to 100%" in m for m in found), found


def test_non_iso_country_code(package_copy: Path):
    rewrite(
        package_copy,
        "entities",
        lambda rows: next(r for r in rows if r["entity_id"] == "huawei").update(country="XX"),
    )
    found = messages(package_copy, checks=["consistency"])
    assert any("'XX' is not an ISO 3166-1 alpha-2 country code" in m for m in found), found


def test_an_ownership_type_that_entity_attributes_does_not_state(package_copy: Path):
    rewrite(
        package_copy,
        "entities",
        lambda rows: next(r for r in rows if r["entity_id"] == "sberbank").update(
            ownership_type="private"
        ),
    )
    found = messages(package_copy, checks=["consistency"])
    assert any(
        "table entities" in m and "ownership_type is private, entity_attributes gives state" in m
        for m in found
    ), found


def test_a_person_with_a_sector(package_copy: Path):
    rewrite(
        package_copy,
        "entities",
        lambda rows: next(r for r in rows if r["entity_id"] == "ren-zhengfei").update(
            sector="banking"
        ),
    )
    found = messages(package_copy, checks=["consistency"])
    assert any("sector is banking, but a person has none" in m for m in found), found


def test_spelling_that_names_two_entities(package_copy: Path):
    def duplicate(rows):
        rows.append({**rows[0], "entity_id": "huawei"})

    rewrite(package_copy, "entity_aliases", duplicate)
    found = messages(package_copy, checks=["schema"])
    assert any(
        "table entity_aliases" in m and ("duplicate" in m.lower() or "unique" in m.lower())
        for m in found
    ), found


def test_relation_to_an_entity_that_does_not_exist(package_copy: Path):
    rewrite(package_copy, "relations", lambda rows: rows[0].update(object_id="atlantis"))
    found = messages(package_copy, checks=["keys"])
    assert any("atlantis not found in entities.entity_id" in m for m in found), found


def test_event_date_at_the_wrong_precision(package_copy: Path):
    rewrite(package_copy, "events", lambda rows: rows[0].update(date_precision="day"))
    found = messages(package_copy, checks=["consistency"])
    assert any("is not at day precision" in m for m in found), found


def test_stale_croissant_hash(package_copy: Path):
    path = package_copy / "croissant.json"
    metadata = json.loads(path.read_text("utf-8"))
    metadata["distribution"][0]["sha256"] = "0" * 64
    path.write_text(json.dumps(metadata), "utf-8")
    found = messages(package_copy, checks=["croissant"])
    assert any(
        "[croissant] croissant.json" in m and "does not match the file" in m for m in found
    ), found


# ---- nothing lost, even without the report ------------------------------------------------


@pytest.mark.parametrize("table", ["relations", "amounts", "numerals"])
def test_a_lost_row_is_caught_in_both_files(package_copy: Path, with_report, table):
    rewrite(package_copy, table, lambda rows: rows.pop(3))
    found = messages(package_copy, **with_report("counts"))
    declared = len(rows_of(REPO, table))
    for fmt in ("csv", "parquet"):
        assert any(
            f"[counts] table {table}, datasets/{table}.{fmt}: has {declared - 1} rows, "
            f"datapackage.json says {declared}" in m
            for m in found
        ), found
        assert any(
            f"datasets/{table}.{fmt}: content checksum is" in m and "added, lost or changed" in m
            for m in found
        ), found


def test_a_changed_value_changes_the_content_checksum(package_copy: Path):
    rewrite(package_copy, "figures", lambda rows: rows[0].update(note="edited"))
    found = messages(package_copy, checks=["counts"])
    assert [m for m in found if "content checksum" in m and "figures" in m], found
    assert not [m for m in found if "rows, datapackage.json says" in m], found


def test_a_lost_amount_breaks_the_numerals_that_point_at_it(package_copy: Path, with_report):
    """The descriptor is refreshed as a careless tool would: only cross-references remain."""
    lost = rows_of(REPO, "amounts")[0]["amount_id"]
    rewrite(package_copy, "amounts", lambda rows: rows.pop(0), content=True)
    found = messages(package_copy, **with_report("keys"))
    assert any(
        "[foreign-key] table numerals" in m
        and "column record_table, record_id" in m
        and f"{lost} not found in amounts.amount_id" in m
        for m in found
    ), found


def test_a_numeral_pointing_at_no_record_is_caught(package_copy: Path, with_report):
    def point_nowhere(rows):
        next(r for r in rows if r["record_table"] == "figures").update(record_id="no-such-figure")

    rewrite(package_copy, "numerals", point_nowhere, content=True)
    found = messages(package_copy, **with_report("keys"))
    assert any("no-such-figure not found in figures.figure_id" in m for m in found), found


def test_a_reference_to_a_table_that_is_not_a_target_is_caught(package_copy: Path):
    def widgets(rows):
        next(r for r in rows if r["record_table"] == "entities").update(record_table="widgets")

    rewrite(package_copy, "edition_differences", widgets, content=True)
    found = messages(package_copy, checks=["keys"])
    assert any(
        "table edition_differences" in m and "'widgets'" in m and "does not name a record of" in m
        for m in found
    ), found


def test_a_record_id_without_its_table_is_caught(package_copy: Path):
    def orphan(rows):
        next(r for r in rows if r["record_table"] == "figures").update(record_table=None)

    rewrite(package_copy, "edition_differences", orphan, content=True)
    found = messages(package_copy, checks=["keys"])
    assert any(
        "column record_table, record_id: None, '" in m and "does not name a record of" in m
        for m in found
    ), found


def test_an_event_actor_that_is_no_entity_is_caught(package_copy: Path, with_report):
    rewrite(
        package_copy,
        "events",
        lambda rows: next(r for r in rows if r["actor_ids"]).update(actor_ids="russia; atlantis"),
        content=True,
    )
    found = messages(package_copy, **with_report("keys"))
    assert any(
        "[foreign-key] table events" in m
        and "column actor_ids" in m
        and "atlantis not found in entities.entity_id" in m
        for m in found
    ), found


def test_a_cited_work_that_is_not_in_the_bibliography_is_caught(package_copy: Path):
    rewrite(
        package_copy, "bibliography", lambda rows: rows.pop(
            next(i for i, r in enumerate(rows) if r["work_id"] == "kania-2017")
        ), content=True,
    )  # fmt: skip
    found = messages(package_copy, checks=["keys"])
    assert any(
        "table footnotes_en" in m and "column work_ids" in m and "kania-2017 not found" in m
        for m in found
    ), found


def test_a_lost_footnote_disagrees_with_the_editions_counts(package_copy: Path, with_report):
    rewrite(package_copy, "footnotes_en", lambda rows: rows.pop(), content=True)
    found = messages(package_copy, **with_report("counts"))
    assert any(
        "[counts] table editions" in m
        and "column footnote_count" in m
        and "footnote_count is 156, the tables give 155 (rows of footnotes_en)" in m
        for m in found
    ), found


def test_an_edited_edition_count_is_caught(package_copy: Path, with_report):
    rewrite(
        package_copy,
        "editions",
        lambda rows: next(r for r in rows if r["edition"] == "fr").update(
            bibliography_entry_count=43
        ),
        content=True,
    )
    found = messages(package_copy, **with_report("counts"))
    assert any(
        "bibliography_entry_count is 43, the tables give 42 (distinct bibliography.entry_fr)" in m
        for m in found
    ), found


def test_a_descriptor_without_row_counts_is_caught(package_copy: Path):
    path = package_copy / "datapackage.json"
    descriptor = json.loads(path.read_text("utf-8"))
    resource = next(r for r in descriptor["resources"] if r["name"] == "relations")
    del resource["rows"], resource["contentHash"]
    path.write_text(json.dumps(descriptor), "utf-8")
    found = messages(package_copy, checks=["descriptor"])
    expected = (
        "[descriptor] table relations, datapackage.json: resource 'relations' has no row count "
        "(rows): None"
    )
    assert expected in found, found
    assert any("has no content checksum (contentHash): None" in m for m in found), found


def test_frictionless_runs_on_its_own_and_reports_what_it_finds(package_copy: Path):
    file = package_copy / "datasets/footnotes_fr.csv"
    file.write_text(file.read_text("utf-8").replace(",citation,", ",quote,", 1), "utf-8")
    rehash(package_copy)
    report = validate_package(package_copy, checks=["frictionless"])
    assert report.checks_run == ["frictionless"]
    assert any(
        f.check == "frictionless" and f.table == "footnotes_fr" and f.column == "kind"
        for f in report.findings
    ), [str(f) for f in report.findings]


def test_an_unknown_check_is_refused_with_the_valid_names(package_copy: Path):
    with pytest.raises(ValueError, match=r"unknown checks \['hashes'\]; valid checks: descriptor"):
        validate_package(package_copy, checks=["hashes"])


def test_a_comment_note_as_a_rows_citing_note_is_caught(package_copy: Path):
    comment = next(r["number"] for r in rows_of(REPO, "footnotes_fr") if r["kind"] == "comment")

    def cite_a_comment(rows):
        next(r for r in rows if r["footnote_rule_fr"] == "same_sentence").update(
            footnote_fr=comment
        )

    rewrite(package_copy, "figures", cite_a_comment, content=True)
    found = messages(package_copy, checks=["consistency"])
    assert any(
        "table figures" in m
        and f"footnote_fr {comment} is a comment note, which cites nothing" in m
        for m in found
    ), found


def test_a_typed_date_that_disagrees_with_its_period_is_caught(package_copy: Path):
    import datetime as dt

    rewrite(
        package_copy,
        "events",
        lambda rows: next(r for r in rows if r["date"] == "2014").update(
            end_date=dt.date(2014, 6, 30)
        ),
        content=True,
    )
    found = messages(package_copy, checks=["consistency"])
    assert any(
        "table events" in m and "end_date is 2014-06-30, the period gives 2014-12-31" in m
        for m in found
    ), found


@pytest.mark.parametrize(
    "table, column, value, message",
    [
        ("claims", "supports", "relations:no-such-relation",
         "no-such-relation not found in relations.relation_id"),
        ("claims", "supports", "widgets:w-1", "'widgets:w-1' does not name a record of"),
        ("statements", "covered_by", "figures:no-such-figure",
         "no-such-figure not found in figures.figure_id"),
        ("statements", "twin_ids", "fr-9.9-9-9", "fr-9.9-9-9 not found in statements.statement_id"),
    ],
)  # fmt: skip
def test_a_list_of_records_pointing_at_nothing_is_caught(
    package_copy: Path, table: str, column: str, value: str, message: str
):
    rewrite(
        package_copy,
        table,
        lambda rows: next(r for r in rows if r[column]).update({column: value}),
        content=True,
    )
    found = messages(package_copy, checks=["keys"])
    assert any(f"table {table}" in m and f"column {column}" in m and message in m for m in found), (
        found
    )
