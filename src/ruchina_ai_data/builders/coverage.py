"""Builders of `numerals` and `exclusions`: every numeral of the report and what covers it,
and the rules and spans that exclude numerals, with how many each covers."""

from __future__ import annotations

from collections import Counter

from ..derive.derived import Derived
from .rows import Row


def numeral_rows(derived: Derived) -> list[Row]:
    """The published `numerals` table (no context: the report's text is not copied)."""
    rows = []
    for numeral in derived.numerals:
        table, _, record = (numeral.covered_by or "").partition(":")
        captured = numeral.status == "captured"
        rows.append(
            {
                "edition": numeral.edition,
                "line": numeral.line,
                "char_offset": numeral.offset,
                "footnote": numeral.footnote,
                "numeral": numeral.numeral,
                "form": numeral.form,
                "value": float(numeral.value) if numeral.value is not None else None,
                "status": numeral.status,
                "record_table": table if captured else None,
                "record_id": record if captured else None,
                "exclusion_id": None if captured else numeral.covered_by,
            }
        )
    return sorted(rows, key=lambda r: (r["edition"] != "fr", r["line"], r["char_offset"]))


def exclusion_rows(derived: Derived) -> list[Row]:
    """Rules and spans, with how many numerals each covers."""
    counts = Counter(n.covered_by for n in derived.numerals if n.status == "excluded")
    rows = [
        {
            "exclusion_id": f"rule:{r.id}",
            "category": r.category,
            "reason": r.reason,
            "pattern": r.pattern.pattern,
            "span_en": None,
            "span_fr": None,
            "numerals": counts[f"rule:{r.id}"],
        }
        for r in derived.curated.rules
    ] + [
        {
            "exclusion_id": f"span:{e.id}",
            "category": e.category,
            "reason": e.reason,
            "pattern": None,
            "span_en": e.span_en,
            "span_fr": e.span_fr,
            "numerals": counts[f"span:{e.id}"],
        }
        for e in derived.curated.exclusions
    ]
    return sorted(rows, key=lambda r: r["exclusion_id"])
