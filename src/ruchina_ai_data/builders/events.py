"""Builders of `events` and `event_actors`: the dated timeline and who acts in it."""

from __future__ import annotations

from ..derive.derived import Derived
from ..spec.vocabularies import period_precision
from .rows import Row


def event_rows(derived: Derived) -> list[Row]:
    """One row per dated event; its country is the one its actors share, if any."""
    country = {e.id: e.country for e in derived.curated.entities}
    rows = []
    for placed in sorted(derived.events, key=lambda e: e.record.id):
        event = placed.record
        countries = {country[a] for a in event.actors if country[a]}
        rows.append(
            {
                "event_id": event.id,
                "date": event.date,
                "date_precision": period_precision(event.date),
                "kind": event.kind,
                "actor_ids": "; ".join(event.actors) or None,
                "country": countries.pop() if len(countries) == 1 else None,
                "description": event.description,
                "note": event.note,
                **placed.provenance(),
            }
        )
    return rows


def event_actor_rows(derived: Derived) -> list[Row]:
    """One row per event and actor, in the order the record names them."""
    return [
        {"event_id": placed.record.id, "entity_id": actor, "position": position}
        for placed in sorted(derived.events, key=lambda e: e.record.id)
        for position, actor in enumerate(placed.record.actors, start=1)
    ]
