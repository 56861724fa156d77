"""Where the French and English editions disagree, found by comparing aligned records.

Found by code: facts, relations and events stated in one edition only; footnotes with no
twin in the other edition; entities named in one edition only. Curated
(`curated/edition_differences.toml`): the same fact worded, qualified, dated or spelled
differently, with the span of each edition.
"""

from __future__ import annotations

import tomllib
from importlib import resources

from .apparatus import Apparatus, Row
from .fact_tables import locate
from .facts import FactError

LANGUAGE = {"en": "English", "fr": "French"}
ONE_EDITION = {
    "amounts": "figure_only_in_one_edition",
    "figures": "figure_only_in_one_edition",
    "relations": "relation_only_in_one_edition",
    "events": "event_only_in_one_edition",
}


def _row(
    identifier: str,
    category: str,
    table: str | None,
    record: str | None,
    en: str | None,
    fr: str | None,
    description: str,
    section: str | None,
    line_en: int | None,
    line_fr: int | None,
) -> Row:
    return {
        "difference_id": identifier,
        "category": category,
        "record_table": table,
        "record_id": record,
        "version_en": en[:200] if en else None,
        "version_fr": fr[:200] if fr else None,
        "description": description,
        "section": section,
        "line_en": line_en,
        "line_fr": line_fr,
    }


def curated_rows(app: Apparatus) -> list[Row]:
    """The curated differences, spans located in both editions."""
    text = resources.files("ruchina_ai_data").joinpath("curated/edition_differences.toml")
    rows = []
    for record in tomllib.loads(text.read_text("utf-8"))["difference"]:
        where = f"curated/edition_differences.toml: difference {record['id']}"
        en = locate(app, "en", record["version_en"], None, where)
        fr = locate(app, "fr", record["version_fr"], None, where)
        table, _, record_id = (record.get("record") or "").partition(":")
        rows.append(
            _row(
                record["id"],
                record["category"],
                table or None,
                record_id or None,
                record["version_en"],
                record["version_fr"],
                record["description"],
                en.section,
                en.line,
                fr.line,
            )
        )
    return rows


def difference_rows(app: Apparatus, tables: dict[str, list[Row]]) -> list[Row]:
    """Every disagreement between the editions, one row each."""
    rows = curated_rows(app)
    covered = {(r["record_table"], r["record_id"]) for r in rows}
    keys = {
        "amounts": "amount_id",
        "figures": "figure_id",
        "relations": "relation_id",
        "events": "event_id",
    }
    for table, key in keys.items():
        for record in tables[table]:
            if (table, record[key]) in covered:
                continue
            present = [c for c in ("en", "fr") if record[f"evidence_{c}"]]
            if len(present) == 2:
                continue
            only = present[0]
            note = f" {record['note']}" if record.get("note") else ""
            rows.append(
                _row(
                    f"{table}-{record[key]}",
                    ONE_EDITION[table],
                    table,
                    record[key],
                    record["evidence_en"],
                    record["evidence_fr"],
                    f"Stated only in the {LANGUAGE[only]} edition.{note}",
                    record["section"],
                    record["line_en"],
                    record["line_fr"],
                )
            )
    notes = {c: {r["number"]: r for r in tables[f"footnotes_{c}"]} for c in ("en", "fr")}
    for pair in tables["footnote_alignment"]:
        if pair["match"] not in ("no_french_twin", "no_english_twin"):
            continue
        code = "en" if pair["footnote_en"] else "fr"
        note = notes[code][pair[f"footnote_{code}"]]
        rows.append(
            _row(
                f"footnote-{code}-{note['number']}",
                "source_only_in_one_edition",
                f"footnotes_{code}",
                str(note["number"]),
                note["text"] if code == "en" else None,
                note["text"] if code == "fr" else None,
                f"{LANGUAGE[code]} footnote {note['number']} has no twin in the other edition.",
                pair["section"],
                note["line"] if code == "en" else None,
                note["line"] if code == "fr" else None,
            )
        )
    for entity in tables["entities"]:
        if entity["in_editions"] == "both":
            continue
        if ("entities", entity["entity_id"]) in covered:
            continue
        code = entity["in_editions"]
        rows.append(
            _row(
                f"entity-{entity['entity_id']}",
                "entity_only_in_one_edition",
                "entities",
                entity["entity_id"],
                entity["aliases_en"],
                entity["aliases_fr"],
                f"{entity['name']} is named only in the {LANGUAGE[code]} edition.",
                entity["section"],
                entity["line_en"],
                entity["line_fr"],
            )
        )
    ids = [r["difference_id"] for r in rows]
    duplicates = sorted({i for i in ids if ids.count(i) > 1})
    if duplicates:
        raise FactError(f"edition differences with the same id: {duplicates}")
    return sorted(rows, key=lambda r: r["difference_id"])
