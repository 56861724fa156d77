"""Curated attribution cues (`curated/attribution.toml`) and the splitter's abbreviations
(`curated/sentences.toml`)."""

from __future__ import annotations

from dataclasses import dataclass

from .errors import CurationError
from .files import read_curated


@dataclass(frozen=True)
class VerbClass:
    """A class of attribution verbs (argues, reports...) with its words in each edition."""

    name: str
    definition: str
    words: dict[str, tuple[str, ...]]


@dataclass(frozen=True)
class AttributionCues:
    """Openers ("according to", "selon") and attribution verbs, by edition."""

    openers: dict[str, tuple[str, ...]]
    verbs: tuple[VerbClass, ...]

    def verb_words(self, edition: str) -> tuple[str, ...]:
        """Every attribution verb of an edition."""
        return tuple(w for v in self.verbs for w in v.words[edition])


def read_attribution() -> AttributionCues:
    """The cues, each verb class named once."""
    raw = read_curated("attribution.toml")
    verbs = tuple(
        VerbClass(v["class"], v["definition"], {c: tuple(v[c]) for c in ("en", "fr")})
        for v in raw["verb"]
    )
    names = [v.name for v in verbs]
    if len(names) != len(set(names)):
        raise CurationError(f"curated/attribution.toml: a verb class is defined twice: {names}")
    return AttributionCues({c: tuple(raw["openers"][c]) for c in ("en", "fr")}, verbs)


def read_abbreviations() -> tuple[str, ...]:
    """Abbreviations whose full stop does not end a sentence."""
    return tuple(read_curated("sentences.toml")["abbreviations"])


def read_first_person() -> dict[str, tuple[str, ...]]:
    """Words of the first person singular, by edition."""
    raw = read_curated("sentences.toml")["first_person"]
    return {code: tuple(raw[code]) for code in ("en", "fr")}
