"""Curated claims (`curated/claims/*.toml`: who says what) and statement exclusions
(`curated/statements/*.toml`: why a statement naming two actors has no record)."""

from __future__ import annotations

from dataclasses import dataclass

from ..spec.vocabularies import CLAIM_VERBS, STATEMENT_EXCLUSIONS
from .errors import CurationError
from .files import make_record, read_folder, refuse_duplicates


@dataclass(frozen=True)
class Claim:
    """A statement the report attributes to a source, and the records it supports."""

    id: str
    source: str  # entity id
    verb: str  # verb class
    supports: tuple[str, ...] = ()  # "<table>:<id>"
    note: str | None = None
    evidence_en: str | None = None
    evidence_fr: str | None = None
    context_en: str | None = None
    context_fr: str | None = None

    @property
    def where(self) -> str:
        """How error messages name the record."""
        return f"curated/claims: claim {self.id}"


@dataclass(frozen=True)
class StatementExclusion:
    """Why a statement naming two or more entities has no record: a category and the span
    of each edition that lies inside the statement."""

    id: str
    category: str
    note: str | None = None
    span_en: str | None = None
    span_fr: str | None = None
    context_en: str | None = None
    context_fr: str | None = None

    @property
    def where(self) -> str:
        """How error messages name the record."""
        return f"curated/statements: exclusion {self.id}"


def read_claims() -> tuple[Claim, ...]:
    """Every claim, with a known verb class."""
    claims = tuple(
        make_record(Claim, raw, f"{label}: claim {raw.get('id')}")
        for label, raw in read_folder("claims", "claim")
    )
    refuse_duplicates((c.id for c in claims), "curated/claims")
    for claim in claims:
        if claim.verb not in CLAIM_VERBS:
            raise CurationError(f"{claim.where}: verb {claim.verb!r} not in {CLAIM_VERBS}")
    return claims


def read_statement_exclusions() -> tuple[StatementExclusion, ...]:
    """Every statement exclusion, with a category of the vocabulary and a span."""
    exclusions = tuple(
        make_record(StatementExclusion, raw, f"{label}: exclusion {raw.get('id')}")
        for label, raw in read_folder("statements", "exclusion")
    )
    refuse_duplicates((e.id for e in exclusions), "curated/statements")
    for exclusion in exclusions:
        if exclusion.category not in STATEMENT_EXCLUSIONS:
            raise CurationError(
                f"{exclusion.where}: category {exclusion.category!r} not in "
                f"{tuple(STATEMENT_EXCLUSIONS)}"
            )
        if not (exclusion.span_en or exclusion.span_fr):
            raise CurationError(f"{exclusion.where}: needs span_en or span_fr")
    return exclusions
