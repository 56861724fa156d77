"""Curated records placed in the source: each evidence span located once, and the one helper
that turns the locations into the provenance columns every fact table shares."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from ..curation.errors import CurationError
from .paragraphs import Paragraph
from .provenance import Location, NoteReading, SpanError, locate_span
from .texts import EditionTexts

R = TypeVar("R")
EDITIONS = ("en", "fr")


@dataclass(frozen=True)
class Placed(Generic[R]):
    """A curated record and where each edition states it."""

    record: R
    locations: dict[str, Location]

    @property
    def first(self) -> Location:
        """The English location, else the French one."""
        return self.locations.get("en") or self.locations["fr"]

    def provenance(self) -> dict[str, Any]:
        """The provenance columns: section, and per edition the footnote, evidence span,
        line, paragraph and the rule that chose the footnote."""
        en, fr = self.locations.get("en"), self.locations.get("fr")
        return {
            "section": self.first.section,
            "footnote_en": en.footnote if en else None,
            "footnote_fr": fr.footnote if fr else None,
            "evidence_en": getattr(self.record, "evidence_en", None),
            "evidence_fr": getattr(self.record, "evidence_fr", None),
            "line_en": en.line if en else None,
            "line_fr": fr.line if fr else None,
            "paragraph_en": en.paragraph if en else None,
            "paragraph_fr": fr.paragraph if fr else None,
            "footnote_rule_en": en.rule if en else None,
            "footnote_rule_fr": fr.rule if fr else None,
        }


class Locator:
    """Locates curated spans in both editions with the edition's footnote kinds and
    sections, naming the record in every error."""

    def __init__(
        self,
        texts: dict[str, EditionTexts],
        notes: dict[str, NoteReading],
        section_of_line: dict[str, dict[int, str]],
        paragraphs: dict[str, dict[int, Paragraph]],
    ) -> None:
        self.texts = texts
        self.notes = notes
        self.section_of_line = section_of_line
        self.paragraphs = paragraphs

    def locate(self, code: str, span: str, context: str | None, where: str) -> Location:
        """One span of one edition, or a CurationError naming the record."""
        try:
            return locate_span(
                self.texts[code],
                code,
                span,
                context=context,
                notes=self.notes[code],
                section_of_line=self.section_of_line[code],
                paragraphs=self.paragraphs[code],
            )
        except SpanError as error:
            raise CurationError(f"{where}: {error}") from None

    def place(self, record: R, where: str, field: str = "evidence") -> Placed[R]:
        """A record with spans `{field}_en` / `{field}_fr` (and `context_en` / `context_fr`)."""
        locations = {}
        for code in EDITIONS:
            span = getattr(record, f"{field}_{code}", None)
            if span:
                context = getattr(record, f"context_{code}", None)
                locations[code] = self.locate(code, span, context, where)
        if not locations:
            raise CurationError(f"{where}: needs {field}_en or {field}_fr")
        return Placed(record, locations)
