"""Builders of `entities`, `entity_aliases` and `entity_attributes`: every named actor, every
spelling of it with mentions and first mention in each edition, and what the report states
of an organization or fund (owner, sector)."""

from __future__ import annotations

from ..derive.derived import Derived
from ..spec.vocabularies import OWNED_KINDS
from .rows import Row

EDITIONS = ("en", "fr")


def alias_rows(derived: Derived) -> list[Row]:
    """Every spelling with its whole-word occurrences."""
    owner = {
        (code, a): e.id
        for e in derived.curated.entities
        for code in EDITIONS
        for a in e.aliases(code)
    }
    rows = [
        {
            "edition": code,
            "alias": alias,
            "entity_id": owner[(code, alias)],
            "mentions": len(lines),
            "first_line": min(lines),
        }
        for code in EDITIONS
        for alias, lines in derived.alias_lines[code].items()
    ]
    return sorted(rows, key=lambda r: (r["edition"], r["alias"]))


def attribute_rows(derived: Derived) -> list[Row]:
    """One row per stated attribute, with its provenance."""
    rows = [
        {
            "attribute_id": placed.record.id,
            "entity_id": placed.record.entity,
            "attribute": placed.record.attribute,
            "value": placed.record.value,
            **placed.provenance(),
        }
        for placed in derived.attributes
    ]
    return sorted(rows, key=lambda r: r["attribute_id"])


def entity_rows(derived: Derived) -> list[Row]:
    """One row per entity, with its stated owner and sector, and mentions and first mention
    in each edition."""
    stated = {(a.entity, a.attribute): a.value for a in derived.curated.attributes}
    rows = []
    for entity in derived.curated.entities:
        owned = entity.kind in OWNED_KINDS
        mentions = derived.entity_mentions[entity.id]
        rows.append(
            {
                "entity_id": entity.id,
                "name": entity.name,
                "kind": entity.kind,
                "subkind": entity.subkind,
                "country": entity.country,
                "ownership_type": stated.get((entity.id, "ownership_type"), "unknown")
                if owned
                else None,
                "sector": stated.get((entity.id, "sector")),
                "description": entity.description,
                "aliases_en": "; ".join(entity.aliases_en) or None,
                "aliases_fr": "; ".join(entity.aliases_fr) or None,
                "in_editions": mentions.in_editions,
                "mentions_en": mentions.mentions["en"],
                "mentions_fr": mentions.mentions["fr"],
                "section": mentions.section,
                "line_en": mentions.first_line["en"],
                "line_fr": mentions.first_line["fr"],
            }
        )
    return sorted(rows, key=lambda r: r["entity_id"])
