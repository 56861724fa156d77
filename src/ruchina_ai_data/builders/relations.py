"""Builders of `relations`, `predicates` and `ownership`."""

from __future__ import annotations

from ..derive.derived import Derived
from .quantities import figure_value
from .rows import Row


def relation_rows(derived: Derived) -> list[Row]:
    """One row per stated relationship."""
    return [
        {
            "relation_id": r.record.id,
            "subject_id": r.record.subject,
            "predicate": r.record.predicate,
            "object_id": r.record.object,
            "detail": r.record.detail,
            "start_period": r.record.start,
            "end_period": r.record.end,
            "note": r.record.note,
            **r.provenance(),
        }
        for r in sorted(derived.relations, key=lambda r: r.record.id)
    ]


def predicate_rows(derived: Derived) -> list[Row]:
    """The predicate vocabulary with how often each is used."""
    used = [r.record.predicate for r in derived.relations]
    return [
        {
            "predicate": p.predicate,
            "reading": p.reading,
            "inverse": p.inverse,
            "definition": p.definition,
            "relations": used.count(p.predicate),
        }
        for p in sorted(derived.curated.predicates, key=lambda p: p.predicate)
    ]


def _stake_figure(
    derived: Derived, company: str, stake: float | None, qualifier: str, line_en: int | None
) -> str | None:
    """The figure stating a stake: same company, value and qualifier, on the same English
    line where there is one."""
    if stake is None:
        return None
    same = [
        f
        for f in derived.facts
        if f.record.metric == "ownership_stake"
        and figure_value(f) == stake
        and f.record.entity == company
        and (
            f.record.qualifier == qualifier
            or (qualifier == "full" and f.record.qualifier == "exact")
        )
    ]
    on_line = [
        f for f in same if (f.locations["en"].line if "en" in f.locations else None) == line_en
    ]
    chosen = on_line or same
    return chosen[0].record.id if chosen else None


def ownership_rows(derived: Derived) -> list[Row]:
    """One row per `owns` relation, with its stake and the figure that states it."""
    rows = []
    for placed in sorted(derived.relations, key=lambda r: r.record.id):
        relation = placed.record
        if relation.predicate != "owns":
            continue
        stake = float(relation.stake) if relation.stake else None
        provenance = placed.provenance()
        rows.append(
            {
                "ownership_id": relation.id,
                "company_id": relation.object,
                "holder_id": relation.subject,
                "stake": stake,
                "qualifier": relation.stake_qualifier,
                "as_of": relation.start,
                "until": relation.end,
                "figure_id": _stake_figure(
                    derived,
                    relation.object,
                    stake,
                    relation.stake_qualifier or "",
                    provenance["line_en"],
                ),
                "note": relation.note,
                **provenance,
            }
        )
    return rows
