"""Builder of `scenarios`: the three scenarios, the four recommendations and the outlooks."""

from __future__ import annotations

from ..derive.derived import Derived
from .rows import Row


def scenario_rows(derived: Derived) -> list[Row]:
    """Scenarios (titled by their sections) and recommendations; an item with no span of
    its own takes its section's heading lines."""
    rows = []
    for item in derived.curated.scenarios:
        section = derived.sections[item.section]
        placed = derived.scenarios.get(item.id)
        if placed is not None:
            provenance = placed.provenance()
        else:
            provenance = {
                "section": item.section,
                "footnote_en": None,
                "footnote_fr": None,
                "evidence_en": None,
                "evidence_fr": None,
                "line_en": section.line_start["en"],
                "line_fr": section.line_start["fr"],
                "paragraph_en": None,
                "paragraph_fr": None,
                "footnote_rule_en": None,
                "footnote_rule_fr": None,
            }
        scenario = item.kind == "scenario"
        rows.append(
            {
                "item_id": item.id,
                "kind": item.kind,
                "number": item.number,
                "title_en": section.title["en"] if scenario else None,
                "title_fr": section.title["fr"] if scenario else None,
                "addressee": item.addressee,
                "most_likely": item.most_likely if scenario else None,
                "summary": item.summary,
                **provenance,
            }
        )
    return rows
