"""Stage 4, builders: one builder per published table, each reading only the derive stage's
output (never another table's rows), shaped as the column spec declares."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial

from ..derive.derived import Derived
from ..spec import TABLES, Table
from ..spec.vocabularies import period_bounds
from .anomalies import anomaly_rows
from .coverage import exclusion_rows, numeral_rows
from .document import editions_rows, sections_rows
from .edition_differences import difference_rows
from .entities import alias_rows, attribute_rows, entity_rows
from .events import event_actor_rows, event_rows
from .notes import alignment_rows, bibliography_rows, citation_rows, footnote_rows
from .quantities import amount_rows, figure_rows, metric_rows
from .rates import exchange_rate_rows
from .relations import ownership_rows, predicate_rows, relation_rows
from .rows import Row
from .scenarios import scenario_rows
from .statements import claim_rows, statement_rows

BUILDERS: dict[str, Callable[[Derived], list[Row]]] = {
    "editions": editions_rows,
    "sections": sections_rows,
    "footnotes_en": partial(footnote_rows, code="en"),
    "footnotes_fr": partial(footnote_rows, code="fr"),
    "bibliography": bibliography_rows,
    "citations": citation_rows,
    "footnote_alignment": alignment_rows,
    "exchange_rates": exchange_rate_rows,
    "amounts": amount_rows,
    "figures": figure_rows,
    "metrics": metric_rows,
    "exclusions": exclusion_rows,
    "numerals": numeral_rows,
    "entities": entity_rows,
    "entity_aliases": alias_rows,
    "entity_attributes": attribute_rows,
    "predicates": predicate_rows,
    "relations": relation_rows,
    "ownership": ownership_rows,
    "events": event_rows,
    "event_actors": event_actor_rows,
    "claims": claim_rows,
    "scenarios": scenario_rows,
    "edition_differences": difference_rows,
    "statements": statement_rows,
    "anomalies": anomaly_rows,
}
_UNMATCHED = set(BUILDERS) ^ {t.name for t in TABLES}
if _UNMATCHED:
    raise RuntimeError(f"tables without a builder or builders without a table: {_UNMATCHED}")


def with_typed_dates(table: Table, rows: list[Row]) -> list[Row]:
    """Each row with the date columns the spec derives from its ISO 8601 strings."""
    for dates in table.typed_dates:
        for row in rows:
            row[dates.start] = period_bounds(row[dates.first])[0]
            row[dates.end] = period_bounds(row[dates.last])[1]
    return rows


def build_rows(derived: Derived) -> dict[str, list[Row]]:
    """Every table's rows, by name, in the spec's order."""
    return {t.name: with_typed_dates(t, BUILDERS[t.name](derived)) for t in TABLES}
