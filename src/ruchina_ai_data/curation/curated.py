"""Everything curated, read once and checked across files: every entity id a record names
exists, every fact's metric fits it, every metric is used, every cross-reference resolves."""

from __future__ import annotations

from dataclasses import dataclass

from .apparatus import RateRecord, read_rates, read_section_names
from .attributes import Attribute, check_attribute_owners, read_attributes
from .attribution import (
    AttributionCues,
    read_abbreviations,
    read_attribution,
    read_first_person,
)
from .claims import Claim, StatementExclusion, read_claims, read_statement_exclusions
from .entities import Entity, Event, Relation, read_entities, read_events, read_relations
from .errors import CurationError
from .facts import Exclusion, ExclusionRule, Fact, read_facts, read_rules
from .scenarios import Difference, ScenarioItem, read_differences, read_scenarios
from .slips import Slip, read_slips
from .vocabularies import Metric, Predicate, read_metrics, read_predicates
from .works import Alias, Work, read_works


@dataclass(frozen=True)
class Curated:
    """The output of the curation stage: every curated record, typed."""

    works: tuple[Work, ...]
    citation_aliases: tuple[Alias, ...]
    section_names: dict[str, str]
    rates: tuple[RateRecord, ...]
    facts: tuple[Fact, ...]
    exclusions: tuple[Exclusion, ...]
    rules: tuple[ExclusionRule, ...]
    metrics: tuple[Metric, ...]
    entities: tuple[Entity, ...]
    predicates: tuple[Predicate, ...]
    relations: tuple[Relation, ...]
    events: tuple[Event, ...]
    scenarios: tuple[ScenarioItem, ...]
    differences: tuple[Difference, ...]
    attribution: AttributionCues
    abbreviations: tuple[str, ...]
    claims: tuple[Claim, ...]
    statement_exclusions: tuple[StatementExclusion, ...]
    first_person: dict[str, tuple[str, ...]]
    slips: tuple[Slip, ...] = ()
    attributes: tuple[Attribute, ...] = ()


def check_entity_references(curated: Curated) -> None:
    """Every entity id a fact, relation or event names is a curated entity."""
    ids = {e.id for e in curated.entities}

    def known(value: str | None, where: str) -> None:
        if value not in ids:
            raise CurationError(f"{where}: {value!r} is not an entity id of curated/entities")

    for fact in curated.facts:
        known(fact.entity, fact.where)
    for relation in curated.relations:
        where = f"curated/relations: relation {relation.id}"
        known(relation.subject, where)
        known(relation.object, where)
    for event in curated.events:
        for actor in event.actors:
            known(actor, f"curated/events: event {event.id}")
    for claim in curated.claims:
        known(claim.source, claim.where)
    check_attribute_owners(curated.attributes, curated.entities)


def _check_metrics(curated: Curated) -> None:
    metrics = {m.metric: m for m in curated.metrics}
    for fact in curated.facts:
        metric = metrics.get(fact.metric)
        if metric is None:
            raise CurationError(f"{fact.where}: metric {fact.metric!r} is not in curated/metrics")
        if metric.applies_to != fact.table:
            raise CurationError(f"{fact.where}: metric {fact.metric!r} is for {metric.applies_to}")
        if fact.kind == "figure" and metric.unit != fact.unit:
            raise CurationError(
                f"{fact.where}: unit {fact.unit!r}, metric {fact.metric!r} expects {metric.unit!r}"
            )
    unused = sorted(set(metrics) - {f.metric for f in curated.facts})
    if unused:
        raise CurationError(f"curated/metrics: metrics no fact uses: {unused}")


def _check_cross_references(curated: Curated) -> None:
    rates = {r.rate_id for r in curated.rates}
    for fact in curated.facts:
        if fact.rate is not None and fact.rate not in rates:
            raise CurationError(f"{fact.where}: rate {fact.rate!r} is not a stated rate")
    records = {
        "amounts": {f.id for f in curated.facts if f.kind == "amount"},
        "figures": {f.id for f in curated.facts if f.kind == "figure"},
        "relations": {r.id for r in curated.relations},
        "events": {e.id for e in curated.events},
        "entities": {e.id for e in curated.entities},
        "claims": {c.id for c in curated.claims},
    }
    for difference in curated.differences:
        if difference.record is None:
            continue
        table, _, record_id = difference.record.partition(":")
        if record_id not in records.get(table, set()):
            raise CurationError(
                f"{difference.where}: record {difference.record!r} is not a curated record"
            )
    for claim in curated.claims:
        for reference in claim.supports:
            table, _, record_id = reference.partition(":")
            if table not in ("amounts", "figures", "relations", "events") or (
                record_id not in records[table]
            ):
                raise CurationError(
                    f"{claim.where}: supports {reference!r}, which is not an amount, figure, "
                    "relation or event"
                )


def read_all() -> Curated:
    """Every curated file, read once, checked for form and across files."""
    works, aliases = read_works()
    facts, exclusions = read_facts()
    curated = Curated(
        works=works,
        citation_aliases=aliases,
        section_names=read_section_names(),
        rates=read_rates(),
        facts=facts,
        exclusions=exclusions,
        rules=read_rules(),
        metrics=read_metrics(),
        entities=read_entities(),
        predicates=read_predicates(),
        relations=read_relations(),
        events=read_events(),
        scenarios=read_scenarios(),
        differences=read_differences(),
        attribution=read_attribution(),
        abbreviations=read_abbreviations(),
        claims=read_claims(),
        statement_exclusions=read_statement_exclusions(),
        first_person=read_first_person(),
        slips=read_slips(),
        attributes=read_attributes(),
    )
    check_entity_references(curated)
    _check_metrics(curated)
    _check_cross_references(curated)
    return curated
