"""Entities, relations, ownership, events: keys resolve, spellings are unique, and facts
checked by eye in both editions."""

from __future__ import annotations

import pytest


def _row(rows, key, value):
    return next(row for row in rows if row[key] == value)


def test_every_entity_is_named_in_the_report(built_rows):
    for entity in built_rows["entities"]:
        assert entity["mentions_en"] + entity["mentions_fr"] > 0, entity["entity_id"]
        assert entity["line_en"] or entity["line_fr"]


def test_spellings_of_both_editions(built_rows):
    putin = _row(built_rows["entities"], "entity_id", "vladimir-putin")
    assert "Poutine" in putin["aliases_fr"] and "Putin" in putin["aliases_en"]
    ntechlab = _row(built_rows["entities"], "entity_id", "ntechlab")
    assert {"NtechLab", "NTechLab"} <= set(ntechlab["aliases_en"].split("; "))
    assert ntechlab["country"] == "RU"


# Relations checked by eye (English line / French line of report.md).
SPOT_RELATIONS = [
    ("huawei", "member_of", "ai-national-team", 1071, 147),
    ("anton-siluanov", "leads", "sberbank", 1187, 293),
    ("german-gref", "leads", "sberbank", 1187, 293),
    ("sberbank", "drafted", "russian-national-ai-strategy", 1159, 247),
    ("ntechlab", "supplies", "sfera", 1513, 674),
    ("rostec", "owns", "ntechlab", 1366, 508),
]


@pytest.mark.parametrize("expected", SPOT_RELATIONS, ids=lambda e: f"{e[0]}-{e[1]}-{e[2]}")
def test_spot_checked_relations(built_rows, expected):
    subject, predicate, obj, line_en, line_fr = expected
    matches = [
        r
        for r in built_rows["relations"]
        if (r["subject_id"], r["predicate"], r["object_id"]) == (subject, predicate, obj)
    ]
    assert matches, expected
    assert matches[0]["line_en"] == line_en
    if line_fr is not None:
        assert matches[0]["line_fr"] == line_fr


def test_who_owns_ntechlab(built_rows):
    holders = {
        o["holder_id"]: (o["stake"], o["qualifier"])
        for o in built_rows["ownership"]
        if o["company_id"] == "ntechlab"
    }
    assert holders == {
        "alexander-kabakov": (None, "majority"),
        "artem-kuharenko": (None, "majority"),
        "rostec": (12.5, "plus_one_share"),
        "vardanyan-broitman-and-partners": (25.0, "plus_one_share"),
        "impulse-vc": (None, "undisclosed"),
    }
    rostec = _row(built_rows["ownership"], "ownership_id", "rostec-owns-ntechlab")
    assert "sold" in rostec["note"] and rostec["figure_id"] == "ntechlab-stake-rostec"


def test_sberbank_stakes_are_complements(built_rows):
    stakes = {
        (o["holder_id"], o["qualifier"]): o["stake"]
        for o in built_rows["ownership"]
        if o["company_id"] == "sberbank" and o["until"] is None
    }
    assert stakes == {
        ("russian-ministry-of-finance", "plus_one_share"): 50.0,
        ("domestic-and-international-investors", "minus_one_share"): 50.0,
    }


SPOT_EVENTS = [
    ("china-new-generation-ai-plan-released", "2017-07", "happened", 995, 65),
    ("russia-invades-ukraine", "2022-02-24", "happened", 1361, 487),
    ("huawei-acquires-vocord-technology", "2019-06", "happened", 1321, 445),
    ("huawei-russian-procurement-target-2020-2025", "2020/2025", "target", 1341, 491),
]


@pytest.mark.parametrize("expected", SPOT_EVENTS, ids=lambda e: e[0])
def test_spot_checked_events(built_rows, expected):
    name, date, kind, line_en, line_fr = expected
    event = _row(built_rows["events"], "event_id", name)
    assert (event["date"], event["kind"], event["line_en"], event["line_fr"]) == (
        date,
        kind,
        line_en,
        line_fr,
    )


def test_targets_are_events_of_their_own_kind(built_rows):
    kinds = {e["kind"] for e in built_rows["events"]}
    assert kinds == {"happened", "target", "period"}


def test_scenario_judged_most_likely(built_rows):
    items = {s["item_id"]: s for s in built_rows["scenarios"]}
    assert [i for i, s in items.items() if s["most_likely"]] == ["scenario-1"]
    assert items["scenario-2"]["title_en"].startswith("Scenario 2")
    assert items["recommendation-1"]["addressee"] == "France and the EU"
    assert sum(1 for s in items.values() if s["kind"] == "recommendation") == 4


def test_edition_differences_found_by_code_and_curated(built_rows):
    differences = {d["difference_id"]: d for d in built_rows["edition_differences"]}
    assert differences["footnote-en-11"]["category"] == "source_only_in_one_edition"
    assert (
        differences["us-ai-research-spending"]["version_fr"] == "qui dépensent des milliards par an"
    )
    s400 = differences["s400-range-up-to"]
    assert (s400["version_en"], s400["version_fr"]) == (
        "a distance of up to 250 kilometers",
        "une distance de 250 kilomètres",
    )
    assert differences["entity-su-57"]["category"] == "entity_only_in_one_edition"


def test_an_alias_that_is_not_in_the_report_is_refused(derived):
    from ruchina_ai_data.curation.entities import Entity
    from ruchina_ai_data.curation.errors import CurationError
    from ruchina_ai_data.derive.mentions import alias_lines

    atlantis = Entity("x", "X", "place", "city", "x", aliases_en=("Atlantis",))
    with pytest.raises(CurationError, match="do not occur in the en edition .*x: 'Atlantis'"):
        alias_lines((atlantis,), derived.texts)


def test_a_spelling_that_names_two_entities_is_refused():
    from ruchina_ai_data.curation.entities import Entity, check_entities
    from ruchina_ai_data.curation.errors import CurationError

    moscow = Entity("x", "X", "place", "city", "x", aliases_en=("Moscow",))
    with pytest.raises(CurationError, match="the en spelling 'Moscow' already names x"):
        check_entities([moscow, Entity("y", "Y", "place", "city", "y", aliases_en=("Moscow",))])


def test_unknown_entity_in_a_relation_is_refused():
    from dataclasses import replace

    from ruchina_ai_data.curation.curated import check_entity_references, read_all
    from ruchina_ai_data.curation.entities import Relation
    from ruchina_ai_data.curation.errors import CurationError

    curated = read_all()
    lost = Relation("r", "russia", "partner_of", "atlantis")
    with pytest.raises(CurationError, match="relation r: 'atlantis' is not an entity id"):
        check_entity_references(replace(curated, relations=(*curated.relations, lost)))
