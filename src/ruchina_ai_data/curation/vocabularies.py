"""Curated vocabularies: the metrics of amounts and figures (`curated/metrics`) and the
predicates of relations (`curated/predicates.toml`)."""

from __future__ import annotations

from dataclasses import dataclass

from ..spec.vocabularies import PREDICATES
from .errors import CurationError
from .files import make_record, read_curated, read_folder, refuse_duplicates


@dataclass(frozen=True)
class Metric:
    """What an amount or figure measures, and the unit a figure with it has."""

    metric: str
    applies_to: str
    definition: str
    unit: str | None = None


@dataclass(frozen=True)
class Predicate:
    """A relation predicate with how it reads in each direction."""

    predicate: str
    reading: str
    inverse: str
    definition: str


def read_metrics() -> tuple[Metric, ...]:
    """Every metric of `curated/metrics/*.toml`, each defined once."""
    metrics = tuple(
        make_record(Metric, raw, f"{label}: metric {raw.get('metric')}")
        for label, raw in read_folder("metrics", "metric")
    )
    refuse_duplicates((m.metric for m in metrics), "curated/metrics")
    return metrics


def read_predicates() -> tuple[Predicate, ...]:
    """Every predicate of the spec's vocabulary, defined exactly once."""
    predicates = tuple(
        make_record(Predicate, raw, f"curated/predicates.toml: predicate {raw.get('predicate')}")
        for raw in read_curated("predicates.toml")["predicate"]
    )
    if sorted(p.predicate for p in predicates) != sorted(PREDICATES):
        raise CurationError(f"curated/predicates.toml must define exactly {PREDICATES}")
    return predicates
