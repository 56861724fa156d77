"""Curated scenarios and recommendations (`curated/scenarios.toml`) and the edition
differences a comparison of records cannot see (`curated/edition_differences/`)."""

from __future__ import annotations

from dataclasses import dataclass

from ..spec.vocabularies import DIFFERENCE_CATEGORIES
from .errors import CurationError
from .files import make_record, read_curated, read_folder, refuse_duplicates


@dataclass(frozen=True)
class ScenarioItem:
    """A scenario or a recommendation, summarised in our own words."""

    id: str
    kind: str
    number: int
    section: str
    summary: str
    most_likely: bool | None = None
    addressee: str | None = None
    evidence_en: str | None = None
    evidence_fr: str | None = None
    context_en: str | None = None
    context_fr: str | None = None


@dataclass(frozen=True)
class Difference:
    """The same fact worded, qualified, dated or spelled differently in the two editions."""

    id: str
    category: str
    version_en: str
    version_fr: str
    description: str
    record: str | None = None  # "<table>:<record id>"

    @property
    def where(self) -> str:
        """How error messages name the record."""
        return f"curated/edition_differences: difference {self.id}"


def read_scenarios() -> tuple[ScenarioItem, ...]:
    """Every scenario and recommendation."""
    items = tuple(
        make_record(ScenarioItem, raw, f"curated/scenarios.toml: item {raw.get('id')}")
        for raw in read_curated("scenarios.toml")["item"]
    )
    refuse_duplicates((i.id for i in items), "curated/scenarios.toml")
    return items


def read_differences() -> tuple[Difference, ...]:
    """Every curated difference, with a category from the vocabulary."""
    differences = tuple(
        make_record(Difference, raw, f"{label}: difference {raw.get('id')}")
        for label, raw in read_folder("edition_differences", "difference")
    )
    for difference in differences:
        if difference.category not in DIFFERENCE_CATEGORIES:
            raise CurationError(
                f"{difference.where}: category {difference.category!r} not in "
                f"{DIFFERENCE_CATEGORIES}"
            )
    refuse_duplicates((d.id for d in differences), "curated/edition_differences")
    return differences
