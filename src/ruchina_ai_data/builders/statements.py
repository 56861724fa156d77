"""Builders of `statements` and `claims`: every statement of the body with what covers it,
and who says what."""

from __future__ import annotations

from ..derive.derived import Derived
from .rows import Row


def statement_rows(derived: Derived) -> list[Row]:
    """One row per statement of both editions, French first, in reading order."""
    rows = []
    for code in ("fr", "en"):
        for statement in derived.statements[code]:
            twins = derived.twins[statement.id]
            exclusion = statement.exclusion
            rows.append(
                {
                    "statement_id": statement.id,
                    "edition": code,
                    "section": statement.section,
                    "paragraph": statement.paragraph,
                    "position": statement.position,
                    "kind": statement.kind,
                    "line": statement.line,
                    "entity_ids": "; ".join(statement.entities) or None,
                    "entity_count": len(statement.entities),
                    "status": statement.status,
                    "covered_by": "; ".join(statement.covered_by) or None,
                    "exclusion": exclusion.record.category if exclusion else None,
                    "exclusion_id": exclusion.record.id if exclusion else None,
                    "twin_ids": "; ".join(twins.ids) or None,
                    "twin_match": twins.match,
                }
            )
    return rows


def claim_rows(derived: Derived) -> list[Row]:
    """One row per claim."""
    return [
        {
            "claim_id": placed.record.id,
            "source_id": placed.record.source,
            "verb_class": placed.record.verb,
            "supports": "; ".join(placed.record.supports) or None,
            "note": placed.record.note,
            **placed.provenance(),
        }
        for placed in sorted(derived.claims, key=lambda c: c.record.id)
    ]
