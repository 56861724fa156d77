"""Curated attributes of organizations and funds (`curated/entity_attributes.toml`): who
owns one and what it does, only as the report states it, each with its spans."""

from __future__ import annotations

from dataclasses import dataclass

from ..spec.vocabularies import ENTITY_ATTRIBUTES, OWNED_KINDS
from .entities import Entity
from .errors import CurationError
from .files import make_record, read_curated, refuse_duplicates


@dataclass(frozen=True)
class Attribute:
    """One stated attribute of an entity (its ownership type or sector) and its spans."""

    entity: str
    attribute: str
    value: str
    evidence_en: str | None = None
    evidence_fr: str | None = None
    context_en: str | None = None
    context_fr: str | None = None

    @property
    def id(self) -> str:
        """Stable id: the entity and the attribute (one value per entity and attribute)."""
        return f"{self.entity}-{self.attribute.replace('_', '-')}"

    @property
    def where(self) -> str:
        """How error messages name the record."""
        return f"curated/entity_attributes.toml: {self.id}"


def read_attributes() -> tuple[Attribute, ...]:
    """Every curated attribute: a known attribute and value, a span in at least one edition,
    and one value per entity and attribute."""
    attributes = tuple(
        make_record(Attribute, raw, f"curated/entity_attributes.toml: {raw.get('entity')}")
        for raw in read_curated("entity_attributes.toml")["attribute"]
    )
    refuse_duplicates((a.id for a in attributes), "curated/entity_attributes.toml")
    for attribute in attributes:
        values = ENTITY_ATTRIBUTES.get(attribute.attribute)
        if values is None:
            raise CurationError(
                f"{attribute.where}: attribute {attribute.attribute!r} not in "
                f"{tuple(ENTITY_ATTRIBUTES)}"
            )
        if attribute.value not in values:
            raise CurationError(
                f"{attribute.where}: {attribute.value!r} is not a {attribute.attribute}: {values}"
            )
        if not (attribute.evidence_en or attribute.evidence_fr):
            raise CurationError(f"{attribute.where}: needs evidence_en or evidence_fr")
    return attributes


def check_attribute_owners(attributes: tuple[Attribute, ...], entities: tuple[Entity, ...]) -> None:
    """Each attribute names a curated organization or fund."""
    kinds = {e.id: e.kind for e in entities}
    for attribute in attributes:
        kind = kinds.get(attribute.entity)
        if kind is None:
            raise CurationError(
                f"{attribute.where}: {attribute.entity!r} is not an entity id of curated/entities"
            )
        if kind not in OWNED_KINDS:
            raise CurationError(
                f"{attribute.where}: {attribute.entity} is a {kind}; only an organization or a "
                "fund has an ownership type or a sector"
            )
