"""Builders of `entities` and `entity_aliases`: every named actor and every spelling of it,
with mentions and first mention in each edition."""

from __future__ import annotations

from ..derive.derived import Derived
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


def entity_rows(derived: Derived) -> list[Row]:
    """One row per entity, with mentions and first mention in each edition."""
    rows = []
    for entity in derived.curated.entities:
        mentions = derived.entity_mentions[entity.id]
        rows.append(
            {
                "entity_id": entity.id,
                "name": entity.name,
                "kind": entity.kind,
                "subkind": entity.subkind,
                "country": entity.country,
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
