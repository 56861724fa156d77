"""Curated entity records: entities and their spellings (`curated/entities`), the
relations between them (`curated/relations`) and the dated events
(`curated/events`), checked for form."""

from __future__ import annotations

from dataclasses import dataclass

from ..spec.vocabularies import (
    ENTITY_SUBKINDS,
    EVENT_KINDS,
    PREDICATES,
    STAKE_QUALIFIERS,
    is_real_period,
)
from .errors import CurationError
from .files import make_record, read_folder, refuse_duplicates


@dataclass(frozen=True)
class Entity:
    """A named actor with every spelling each edition prints."""

    id: str
    name: str
    kind: str
    subkind: str
    description: str
    aliases_en: tuple[str, ...] = ()
    aliases_fr: tuple[str, ...] = ()
    country: str | None = None

    def aliases(self, edition: str) -> tuple[str, ...]:
        """The spellings of one edition."""
        return self.aliases_en if edition == "en" else self.aliases_fr


@dataclass(frozen=True)
class Relation:
    """A stated relationship: subject, predicate, object, dates and evidence spans;
    `owns` relations carry the stake and its qualifier."""

    id: str
    subject: str
    predicate: str
    object: str
    detail: str | None = None
    start: str | None = None
    end: str | None = None
    note: str | None = None
    stake: str | None = None
    stake_qualifier: str | None = None
    evidence_en: str | None = None
    evidence_fr: str | None = None
    context_en: str | None = None
    context_fr: str | None = None


@dataclass(frozen=True)
class Event:
    """A dated event with its actors and evidence spans."""

    id: str
    date: str
    kind: str
    description: str
    actors: tuple[str, ...] = ()
    note: str | None = None
    evidence_en: str | None = None
    evidence_fr: str | None = None
    context_en: str | None = None
    context_fr: str | None = None


def _records(folder: str, table: str, cls: type) -> list:
    records = [
        make_record(cls, raw, f"{label}: {table} {raw.get('id')}")
        for label, raw in read_folder(folder, table)
    ]
    refuse_duplicates((r.id for r in records), f"curated/{folder}")
    return records


def _check_period(value: str | None, where: str) -> None:
    if value and not is_real_period(value):
        raise CurationError(f"{where}: {value!r} is not an ISO 8601 date, month, year or interval")


def read_entities() -> tuple[Entity, ...]:
    """`curated/entities`; a kind and subkind from the vocabulary, and one spelling
    naming one entity per edition."""
    entities: list[Entity] = _records("entities", "entity", Entity)
    check_entities(entities)
    return tuple(entities)


def check_entities(entities: list[Entity] | tuple[Entity, ...]) -> None:
    """Refuse a kind or subkind outside the vocabulary, and a spelling that names two
    entities in one edition."""
    owner: dict[tuple[str, str], str] = {}
    for entity in entities:
        where = f"curated/entities: entity {entity.id}"
        subkinds = ENTITY_SUBKINDS.get(entity.kind)
        if subkinds is None:
            raise CurationError(f"{where}: kind {entity.kind!r} not in {tuple(ENTITY_SUBKINDS)}")
        if entity.subkind not in subkinds:
            raise CurationError(
                f"{where}: subkind {entity.subkind!r} is not a subkind of {entity.kind}: {subkinds}"
            )
        for code in ("en", "fr"):
            for alias in entity.aliases(code):
                if (code, alias) in owner:
                    raise CurationError(
                        f"{where}: the {code} spelling {alias!r} already names "
                        f"{owner[(code, alias)]}"
                    )
                owner[(code, alias)] = entity.id


def read_relations() -> tuple[Relation, ...]:
    """`curated/relations`: known predicates, real dates, stake qualifiers on `owns`."""
    relations: list[Relation] = _records("relations", "relation", Relation)
    for relation in relations:
        where = f"curated/relations: relation {relation.id}"
        if relation.predicate not in PREDICATES:
            raise CurationError(f"{where}: predicate {relation.predicate!r} not in {PREDICATES}")
        _check_period(relation.start, where)
        _check_period(relation.end, where)
        if relation.predicate == "owns" and relation.stake_qualifier not in STAKE_QUALIFIERS:
            raise CurationError(
                f"{where}: stake_qualifier {relation.stake_qualifier!r} not in {STAKE_QUALIFIERS}"
            )
    return tuple(relations)


def read_events() -> tuple[Event, ...]:
    """`curated/events`: known kinds and real dates."""
    events: list[Event] = _records("events", "event", Event)
    for event in events:
        where = f"curated/events: event {event.id}"
        if event.kind not in EVENT_KINDS:
            raise CurationError(f"{where}: kind {event.kind!r} not in {EVENT_KINDS}")
        _check_period(event.date, where)
    return tuple(events)
