"""Builders of the entity tables: entities and their spellings, predicates, relations,
ownership, events and their actors, scenarios and recommendations, edition differences.

Curated records say what is stated (who, what relation, which date, in which words);
this module checks every spelling and span against the source and derives mentions,
lines, sections and footnotes.
"""

from __future__ import annotations

import re
from collections import defaultdict
from typing import Any

from .apparatus import Apparatus, Row, read_curated
from .fact_tables import locate
from .facts import FactError
from .provenance import Location, spans_of
from .spec import (
    ENTITY_SUBKINDS,
    EVENT_KINDS,
    PREDICATES,
    STAKE_QUALIFIERS,
    is_real_period,
    period_precision,
)

EDITIONS = ("en", "fr")


def curated_records(file: str, table: str) -> list[tuple[str, dict[str, Any]]]:
    """(where, record) for each record of a curated file, refusing an id used twice."""
    seen: set[str] = set()
    out = []
    for record in read_curated(file)[table]:
        where = f"curated/{file}: {table} {record.get('id')}"
        if record["id"] in seen:
            raise FactError(f"{where}: id used twice")
        seen.add(record["id"])
        out.append((where, record))
    return out


def _check_period(value: str | None, where: str) -> None:
    if value and not is_real_period(value):
        raise FactError(f"{where}: {value!r} is not an ISO 8601 date, month, year or interval")


def _provenance(app: Apparatus, record: dict[str, Any], where: str) -> tuple[Row, dict]:
    """Provenance columns of a record with evidence_en / evidence_fr (and contexts)."""
    located: dict[str, Location] = {}
    for code in EDITIONS:
        span = record.get(f"evidence_{code}")
        if span:
            located[code] = locate(app, code, span, record.get(f"context_{code}"), where)
    if not located:
        raise FactError(f"{where}: needs evidence_en or evidence_fr")
    en, fr = located.get("en"), located.get("fr")
    first = en or fr
    assert first is not None
    return {
        "section": first.section,
        "footnote_en": en.footnote if en else None,
        "footnote_fr": fr.footnote if fr else None,
        "evidence_en": record.get("evidence_en"),
        "evidence_fr": record.get("evidence_fr"),
        "line_en": en.line if en else None,
        "line_fr": fr.line if fr else None,
    }, located


def load_entities() -> list[dict[str, Any]]:
    """`curated/entities.toml`, checked for form."""
    entities = []
    for where, entity in curated_records("entities.toml", "entity"):
        entities.append(entity)
        subkinds = ENTITY_SUBKINDS.get(entity.get("kind", ""))
        if subkinds is None:
            raise FactError(f"{where}: kind {entity.get('kind')!r} not in {tuple(ENTITY_SUBKINDS)}")
        if entity.get("subkind") not in subkinds:
            raise FactError(
                f"{where}: subkind {entity.get('subkind')!r} is not a subkind of "
                f"{entity['kind']}: {subkinds}"
            )
    return entities


def alias_rows(app: Apparatus, entities: list[dict[str, Any]]) -> list[Row]:
    """Every spelling with its whole-word occurrences; refuses a spelling not in its
    edition and a spelling that names two entities. An occurrence inside a longer spelling
    of any entity counts for the longer one only ("Taiwan" in "Taiwan Strait")."""
    rows = []
    for code in EDITIONS:
        owner: dict[str, str] = {}
        for entity in entities:
            for alias in entity.get(f"aliases_{code}", []):
                if alias in owner:
                    raise FactError(
                        f"curated/entities.toml: entity {entity['id']}: the {code} spelling "
                        f"{alias!r} already names {owner[alias]}"
                    )
                owner[alias] = entity["id"]
        found: dict[str, list[int]] = defaultdict(list)
        for line, text in spans_of(app.report, code):
            taken: list[tuple[int, int]] = []
            for alias in sorted(owner, key=len, reverse=True):
                for match in re.finditer(rf"(?<!\w){re.escape(alias)}(?!\w)", text):
                    a, b = match.span()
                    if any(a < y and x < b for x, y in taken):
                        continue
                    taken.append((a, b))
                    found[alias].append(line)
        missing = [
            f"{entity_id}: {alias!r}" for alias, entity_id in owner.items() if not found[alias]
        ]
        if missing:
            raise FactError(
                f"curated/entities.toml: spellings that do not occur in the {code} edition "
                f"outside longer spellings: {'; '.join(missing)}"
            )
        for alias, entity_id in owner.items():
            rows.append(
                {
                    "edition": code,
                    "alias": alias,
                    "entity_id": entity_id,
                    "mentions": len(found[alias]),
                    "first_line": min(found[alias]),
                }
            )
    return sorted(rows, key=lambda r: (r["edition"], r["alias"]))


def entity_rows(app: Apparatus, entities: list[dict[str, Any]], aliases: list[Row]) -> list[Row]:
    """One row per entity, with mentions and first mention in each edition."""
    by_entity: dict[str, list[Row]] = defaultdict(list)
    for row in aliases:
        by_entity[row["entity_id"]].append(row)
    rows = []
    for entity in entities:
        found = by_entity[entity["id"]]
        first = {
            code: min((r["first_line"] for r in found if r["edition"] == code), default=None)
            for code in EDITIONS
        }
        present = [code for code in EDITIONS if first[code] is not None]
        section_line = ("en", first["en"]) if first["en"] else ("fr", first["fr"])
        rows.append(
            {
                "entity_id": entity["id"],
                "name": entity["name"],
                "kind": entity["kind"],
                "subkind": entity["subkind"],
                "country": entity.get("country"),
                "description": entity["description"],
                "aliases_en": "; ".join(entity.get("aliases_en", [])) or None,
                "aliases_fr": "; ".join(entity.get("aliases_fr", [])) or None,
                "in_editions": "both" if len(present) == 2 else present[0],
                "mentions_en": sum(r["mentions"] for r in found if r["edition"] == "en"),
                "mentions_fr": sum(r["mentions"] for r in found if r["edition"] == "fr"),
                "section": app.section_of_line[section_line[0]].get(section_line[1]),
                "line_en": first["en"],
                "line_fr": first["fr"],
            }
        )
    return sorted(rows, key=lambda r: r["entity_id"])


def _known(entity_ids: set[str], value: str, where: str) -> str:
    if value not in entity_ids:
        raise FactError(f"{where}: {value!r} is not an entity id of curated/entities.toml")
    return value


def relation_rows(app: Apparatus, entity_ids: set[str]) -> list[Row]:
    """One row per stated relationship."""
    rows = []
    for where, record in curated_records("relations.toml", "relation"):
        if record["predicate"] not in PREDICATES:
            raise FactError(f"{where}: predicate {record['predicate']!r} not in {PREDICATES}")
        for key in ("start", "end"):
            _check_period(record.get(key), where)
        provenance, _ = _provenance(app, record, where)
        rows.append(
            {
                "relation_id": record["id"],
                "subject_id": _known(entity_ids, record["subject"], where),
                "predicate": record["predicate"],
                "object_id": _known(entity_ids, record["object"], where),
                "detail": record.get("detail"),
                "start": record.get("start"),
                "end": record.get("end"),
                "note": record.get("note"),
                **provenance,
            }
        )
    return rows


def predicate_rows(relations: list[Row]) -> list[Row]:
    """The predicate vocabulary with how often each is used."""
    records = read_curated("predicates.toml")["predicate"]
    names = [r["predicate"] for r in records]
    if sorted(names) != sorted(PREDICATES):
        raise FactError(f"curated/predicates.toml must define exactly {PREDICATES}")
    return [
        {**r, "relations": sum(1 for x in relations if x["predicate"] == r["predicate"])}
        for r in sorted(records, key=lambda r: r["predicate"])
    ]


def ownership_rows(relations: list[Row], figures: list[Row]) -> list[Row]:
    """One row per `owns` relation, with its stake and the figure that states it."""
    curated = {r["id"]: r for r in read_curated("relations.toml")["relation"]}
    stakes = [f for f in figures if f["metric"] == "ownership_stake"]
    rows = []
    for relation in relations:
        if relation["predicate"] != "owns":
            continue
        record = curated[relation["relation_id"]]
        where = f"curated/relations.toml: relation {relation['relation_id']}"
        qualifier = record.get("stake_qualifier")
        if qualifier not in STAKE_QUALIFIERS:
            raise FactError(f"{where}: stake_qualifier {qualifier!r} not in {STAKE_QUALIFIERS}")
        stake = float(record["stake"]) if record.get("stake") else None
        same = [
            f
            for f in stakes
            if stake is not None
            and f["value"] == stake
            and f["entity_id"] == relation["object_id"]
            and (f["qualifier"] == qualifier or (qualifier == "full" and f["qualifier"] == "exact"))
        ]
        on_line = [f for f in same if f["line_en"] == relation["line_en"]]
        figure = (on_line or same or [{"figure_id": None}])[0]["figure_id"]
        rows.append(
            {
                "ownership_id": relation["relation_id"],
                "company_id": relation["object_id"],
                "holder_id": relation["subject_id"],
                "stake": stake,
                "qualifier": qualifier,
                "as_of": relation["start"],
                "until": relation["end"],
                "figure_id": figure,
                "note": record.get("note"),
                **{
                    k: relation[k]
                    for k in (
                        "section",
                        "footnote_en",
                        "footnote_fr",
                        "evidence_en",
                        "evidence_fr",
                        "line_en",
                        "line_fr",
                    )
                },
            }
        )
    return rows


def event_rows(app: Apparatus, entities: list[dict[str, Any]]) -> tuple[list[Row], list[Row]]:
    """(events, event_actors)."""
    country = {e["id"]: e.get("country") for e in entities}
    events, actors = [], []
    for where, record in curated_records("events.toml", "event"):
        if record["kind"] not in EVENT_KINDS:
            raise FactError(f"{where}: kind {record['kind']!r} not in {EVENT_KINDS}")
        _check_period(record["date"], where)
        provenance, _ = _provenance(app, record, where)
        ids = [_known(set(country), a, where) for a in record.get("actors", [])]
        countries = {country[a] for a in ids if country[a]}
        events.append(
            {
                "event_id": record["id"],
                "date": record["date"],
                "date_precision": period_precision(record["date"]),
                "kind": record["kind"],
                "actor_ids": "; ".join(ids) or None,
                "country": countries.pop() if len(countries) == 1 else None,
                "description": record["description"],
                "note": record.get("note"),
                **provenance,
            }
        )
        actors += [
            {"event_id": record["id"], "entity_id": a, "position": i}
            for i, a in enumerate(ids, start=1)
        ]
    return events, actors


def scenario_rows(app: Apparatus, sections: list[Row]) -> list[Row]:
    """Scenarios (titled by their sections) and recommendations."""
    by_section = {s["section"]: s for s in sections}
    rows = []
    for record in read_curated("scenarios.toml")["item"]:
        where = f"curated/scenarios.toml: item {record['id']}"
        section = by_section.get(record["section"])
        if section is None:
            raise FactError(f"{where}: no section {record['section']!r}")
        if record.get("evidence_en") or record.get("evidence_fr"):
            provenance, _ = _provenance(app, record, where)
        else:
            provenance = {
                "section": record["section"],
                "footnote_en": None,
                "footnote_fr": None,
                "evidence_en": None,
                "evidence_fr": None,
                "line_en": section["line_start_en"],
                "line_fr": section["line_start_fr"],
            }
        scenario = record["kind"] == "scenario"
        rows.append(
            {
                "item_id": record["id"],
                "kind": record["kind"],
                "number": record["number"],
                "title_en": section["title_en"] if scenario else None,
                "title_fr": section["title_fr"] if scenario else None,
                "addressee": record.get("addressee"),
                "most_likely": record.get("most_likely") if scenario else None,
                "summary": record["summary"],
                **provenance,
            }
        )
    return rows


def entity_rows_all(app: Apparatus, tables: dict[str, list[Row]]) -> dict[str, list[Row]]:
    """All entity-side tables; `tables` holds the apparatus and fact tables built before."""
    from .differences import difference_rows

    entities = load_entities()
    aliases = alias_rows(app, entities)
    entity_table = entity_rows(app, entities, aliases)
    ids = {e["id"] for e in entities}
    for table in ("amounts", "figures"):
        for row in tables[table]:
            _known(ids, row["entity_id"], f"{table} {row.get('amount_id') or row['figure_id']}")
    relations = relation_rows(app, ids)
    events, actors = event_rows(app, entities)
    built = {
        "entities": entity_table,
        "entity_aliases": aliases,
        "predicates": predicate_rows(relations),
        "relations": relations,
        "ownership": ownership_rows(relations, tables["figures"]),
        "events": events,
        "event_actors": actors,
        "scenarios": scenario_rows(app, tables["sections"]),
    }
    built["edition_differences"] = difference_rows(app, {**tables, **built})
    return built
