"""Section ids of both editions: numbered sections by their number, unnumbered ones by the
curated name of their title; and the section of every line."""

from __future__ import annotations

from dataclasses import dataclass

from ..curation.errors import CurationError
from ..source.parser import Edition, Report


def section_ids(report: Report, names: dict[str, str]) -> dict[str, dict[int, str]]:
    """Edition -> heading line -> section id; both editions must have the same ids."""
    ids: dict[str, dict[int, str]] = {}
    for code, edition in report.editions.items():
        ids[code] = {}
        for section in edition.sections:
            if section.number:
                ids[code][section.line_start] = section.number
            elif section.title in names:
                ids[code][section.line_start] = names[section.title]
            else:
                raise CurationError(
                    f"unnumbered section {section.title!r} (line {section.line_start}) has no id "
                    "in curated/sections.toml"
                )
    if sorted(ids["fr"].values()) != sorted(ids["en"].values()):
        only_fr = sorted(set(ids["fr"].values()) - set(ids["en"].values()))
        only_en = sorted(set(ids["en"].values()) - set(ids["fr"].values()))
        raise CurationError(
            f"sections differ between editions: fr only {only_fr}, en only {only_en}"
        )
    return ids


def section_of_line(edition: Edition, ids: dict[int, str]) -> dict[int, str]:
    """Every line of an edition -> the id of the innermost section holding it."""
    mapping: dict[int, str] = {}
    for line in range(edition.line_start, edition.line_end + 1):
        section = edition.section_at(line)
        if section is not None:
            mapping[line] = ids[section.line_start]
    return mapping


@dataclass(frozen=True)
class AlignedSection:
    """A section of both editions: its id, number and level, and per edition its title,
    line span and number of footnote markers."""

    section: str
    number: str | None
    level: int
    title: dict[str, str]
    line_start: dict[str, int]
    line_end: dict[str, int]
    markers: dict[str, int]


def align_sections(report: Report, ids: dict[str, dict[int, str]]) -> dict[str, AlignedSection]:
    """Section id -> the section in both editions, in the French edition's order."""
    found: dict[str, dict] = {}
    for code in ("fr", "en"):
        edition = report.editions[code]
        for section in edition.sections:
            sid = ids[code][section.line_start]
            entry = found.setdefault(
                sid,
                {"number": section.number, "level": section.level, "title": {},
                 "line_start": {}, "line_end": {}, "markers": {}},
            )  # fmt: skip
            entry["title"][code] = section.title
            entry["line_start"][code] = section.line_start
            entry["line_end"][code] = section.line_end
            entry["markers"][code] = sum(
                1 for m in edition.markers if section.line_start <= m.line <= section.line_end
            )
    return {sid: AlignedSection(section=sid, **entry) for sid, entry in found.items()}
