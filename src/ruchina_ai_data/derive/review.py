"""For curators: every curated fact and exclusion checked against the report, all errors
collected instead of stopping at the first, with the coverage of what could be placed."""

from __future__ import annotations

from ..curation.curated import read_all
from ..curation.errors import CurationError
from ..source.parser import Report
from .completeness import Numeral, UncoveredNumerals, coverage
from .derived import covers_of, read_apparatus
from .located import Placed


def review(report: Report) -> tuple[list[str], list[Numeral]]:
    """(errors, numerals with what covers them, uncovered ones included)."""
    try:
        curated = read_all()
        apparatus = read_apparatus(report, curated)
        rates = apparatus.locate_rates(curated.rates)
    except CurationError as error:
        return [str(error)], []
    errors: list[str] = []
    locator = apparatus.locator()
    placed: dict[str, list[Placed]] = {"facts": [], "exclusions": []}
    for kind, records, field in (
        ("facts", curated.facts, "evidence"),
        ("exclusions", curated.exclusions, "span"),
    ):
        for record in records:
            try:
                placed[kind].append(locator.place(record, record.where, field=field))
            except CurationError as error:
                errors.append(str(error))
    covers = covers_of(tuple(placed["facts"]), rates, tuple(placed["exclusions"]))
    try:
        return errors, coverage(apparatus.texts, covers, curated.rules)
    except UncoveredNumerals as error:
        return [*errors, str(error)], []
