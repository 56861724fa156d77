"""Curated slips of the report's text (`curated/text_slips.toml`): a word printed for
another, a garbled phrase, a placeholder left in, each with its span in the edition(s)
that print it. They are published as anomalies; the text is never corrected."""

from __future__ import annotations

from dataclasses import dataclass

from .errors import CurationError
from .files import make_record, read_curated, refuse_duplicates


@dataclass(frozen=True)
class Slip:
    """A slip of the text, what it most likely stands for, and where it is printed."""

    id: str
    detail: str
    evidence_en: str | None = None
    evidence_fr: str | None = None
    context_en: str | None = None
    context_fr: str | None = None

    @property
    def where(self) -> str:
        """How error messages name the record."""
        return f"curated/text_slips.toml: slip {self.id}"


def read_slips() -> tuple[Slip, ...]:
    """Every curated slip, each with a span in at least one edition."""
    slips = tuple(
        make_record(Slip, raw, f"curated/text_slips.toml: slip {raw.get('id')}")
        for raw in read_curated("text_slips.toml")["slip"]
    )
    refuse_duplicates((s.id for s in slips), "curated/text_slips.toml")
    for slip in slips:
        if not (slip.evidence_en or slip.evidence_fr):
            raise CurationError(f"{slip.where}: needs evidence_en or evidence_fr")
    return slips
