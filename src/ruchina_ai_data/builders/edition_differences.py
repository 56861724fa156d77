"""Builder of `edition_differences`: where the French and English editions disagree.

Found by code: facts, relations and events stated in one edition only; footnotes with no
twin in the other edition; entities named in one edition only. Curated
(`curated/edition_differences/`): the same fact worded, qualified, dated or spelled
differently, with the span of each edition.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from ..curation.files import refuse_duplicates
from ..derive.derived import Derived
from ..derive.located import Placed
from ..derive.provenance import Location
from ..derive.statements import Statement
from .rows import Row

LANGUAGE = {"en": "English", "fr": "French"}


def _row(identifier: str, category: str, table: str | None, record: str | None, en: str | None,
         fr: str | None, description: str, section: str | None, line_en: int | None,
         line_fr: int | None) -> Row:  # fmt: skip
    return {
        "difference_id": identifier,
        "category": category,
        "record_table": table,
        "record_id": record,
        "version_en": en[:200] if en else None,
        "version_fr": fr[:200] if fr else None,
        "description": description,
        "section": section,
        "line_en": line_en,
        "line_fr": line_fr,
    }


def curated_rows(derived: Derived) -> list[Row]:
    """The curated differences, spans located in both editions."""
    rows = []
    for placed in derived.differences:
        record = placed.record
        table, _, record_id = (record.record or "").partition(":")
        en, fr = placed.locations["en"], placed.locations["fr"]
        rows.append(
            _row(record.id, record.category, table or None, record_id or None, record.version_en,
                 record.version_fr, record.description, en.section, en.line, fr.line)
        )  # fmt: skip
    return rows


def _one_edition(table: str, category: str, placed: Iterable[Placed[Any]]) -> list[Row]:
    rows = []
    for item in placed:
        if len(item.locations) == 2:
            continue
        (only,) = item.locations
        provenance = item.provenance()
        note = getattr(item.record, "note", None)
        rows.append(
            _row(f"{table}-{item.record.id}", category, table, item.record.id,
                 provenance["evidence_en"], provenance["evidence_fr"],
                 f"Stated only in the {LANGUAGE[only]} edition." + (f" {note}" if note else ""),
                 provenance["section"], provenance["line_en"], provenance["line_fr"])
        )  # fmt: skip
    return rows


def _lone_footnotes(derived: Derived) -> list[Row]:
    rows = []
    for pair in derived.alignment:
        if pair.match not in ("no_french_twin", "no_english_twin"):
            continue
        code = "en" if pair.footnote_en else "fr"
        number = pair.footnote_en if code == "en" else pair.footnote_fr
        note = derived.notes[code][number].footnote  # type: ignore[index]
        rows.append(
            _row(f"footnote-{code}-{number}", "source_only_in_one_edition", f"footnotes_{code}",
                 str(number), note.text if code == "en" else None,
                 note.text if code == "fr" else None,
                 f"{LANGUAGE[code]} footnote {number} has no twin in the other edition.",
                 pair.section, note.line if code == "en" else None,
                 note.line if code == "fr" else None)
        )  # fmt: skip
    return rows


def _lone_entities(derived: Derived, covered: set[tuple[str | None, str | None]]) -> list[Row]:
    rows = []
    for entity in sorted(derived.curated.entities, key=lambda e: e.id):
        mentions = derived.entity_mentions[entity.id]
        code = mentions.in_editions
        if code == "both" or ("entities", entity.id) in covered:
            continue
        rows.append(
            _row(f"entity-{entity.id}", "entity_only_in_one_edition", "entities", entity.id,
                 "; ".join(entity.aliases_en) or None, "; ".join(entity.aliases_fr) or None,
                 f"{entity.name} is named only in the {LANGUAGE[code]} edition.",
                 mentions.section, mentions.first_line["en"], mentions.first_line["fr"])
        )  # fmt: skip
    return rows


def opening(text: str, limit: int = 100) -> str:
    """The first words of a statement, verbatim, cut at a word before `limit` characters."""
    if len(text) <= limit:
        return text
    return text[:limit].rsplit(" ", 1)[0]


def _explained(derived: Derived) -> set[str]:
    """Statements a curated difference, a record stated in one edition only, or a slip of
    the text (a sentence printed twice) already accounts for."""
    located = [loc for p in (*derived.differences, *derived.slips) for loc in p.locations.values()]
    for group in (derived.facts, derived.relations, derived.events, derived.claims):
        located += [loc for p in group if len(p.locations) == 1 for loc in p.locations.values()]
    by_line: dict[tuple[str, int], list[Location]] = {}
    for location in located:
        by_line.setdefault((location.edition, location.line), []).append(location)
    return {
        s.id
        for code in derived.statements
        for s in derived.statements[code]
        if any(
            s.holds(location)
            for piece in s.pieces
            for location in by_line.get((code, piece.line), ())
        )
    }


def _statement_rows(derived: Derived) -> list[Row]:
    """Statements stated in one edition only, and twins that state other numbers."""
    explained = _explained(derived)
    by_id = {s.id: s for code in derived.statements for s in derived.statements[code]}
    place = {s.id: i for side in derived.statements.values() for i, s in enumerate(side)}
    rows = []
    for code in ("en", "fr"):
        for statement in derived.statements[code]:
            twins = derived.twins[statement.id]
            if statement.id in explained or any(t in explained for t in twins.ids):
                continue
            text = opening(statement.text)
            versions = (text, None) if code == "en" else (None, text)
            if twins.match == "no_twin":
                rows.append(
                    _row(f"statement-{statement.id}", "statement_only_in_one_edition",
                         "statements", statement.id, *versions,
                         f"Stated only in the {LANGUAGE[code]} edition: its statement has no "
                         "twin in the other.", statement.section,
                         statement.line if code == "en" else None,
                         statement.line if code == "fr" else None)
                )  # fmt: skip
                continue
            if code != "en" or statement.id != derived.twins[twins.ids[0]].ids[0]:
                continue  # one row per group of twins, from its first English statement
            group = [by_id[i] for i in derived.twins[twins.ids[0]].ids]
            other_group = [by_id[i] for i in twins.ids]
            english, french = _unshared_numbers(group, other_group)
            # A number the neighbouring statements of the other edition state is not one
            # edition's own: the two editions cut the passage into sentences differently.
            english_only = english - _numbers_near(derived, other_group, place)
            french_only = french - _numbers_near(derived, group, place)
            if english_only or french_only:
                other = by_id[twins.ids[0]]
                rows.append(
                    _row(f"statement-{statement.id}", "numbers_differ", "statements",
                         statement.id, text, opening(other.text),
                         "The twins state different numbers: English only "
                         f"{_numbers(english_only)}, French only {_numbers(french_only)}.",
                         statement.section, statement.line, other.line)
                )  # fmt: skip
    return rows


def _numbers_near(derived: Derived, group: list[Statement], place: dict[str, int]) -> frozenset:
    """The values a group of statements and the statement on each side of it state
    (`place`: statement id -> its index in its edition's reading order)."""
    side = derived.statements[group[0].edition]
    first, last = place[group[0].id], place[group[-1].id]
    near = side[max(0, first - 1) : last + 2]
    return frozenset(v for s in near if s.section == group[0].section for v, _ in s.numbers)


def _unshared_numbers(
    english: list[Statement], french: list[Statement]
) -> tuple[frozenset, frozenset]:
    """The values each side of a group of twins states, less those of records both sides
    state (a record may word its figure in one edition: "premier rang", "the forefront")."""
    shared = set().union(*(s.covered_by for s in english)) & set().union(
        *(s.covered_by for s in french)
    )

    def values(side: list[Statement]) -> frozenset:
        return frozenset(v for s in side for v, record in s.numbers if record not in shared)

    return values(english), values(french)


def _numbers(values: frozenset) -> str:
    return ", ".join(format(v.normalize(), "f") for v in sorted(values)) or "none"


def difference_rows(derived: Derived) -> list[Row]:
    """Every disagreement between the editions, one row each."""
    rows = curated_rows(derived)
    covered = {(r["record_table"], r["record_id"]) for r in rows}
    facts = {"amounts": [], "figures": []}  # type: dict[str, list[Placed[Any]]]
    for placed in derived.facts:
        facts[placed.record.table].append(placed)
    found = [
        *_one_edition("amounts", "figure_only_in_one_edition", facts["amounts"]),
        *_one_edition("figures", "figure_only_in_one_edition", facts["figures"]),
        *_one_edition("relations", "relation_only_in_one_edition", derived.relations),
        *_one_edition("events", "event_only_in_one_edition", derived.events),
        *_one_edition("claims", "claim_only_in_one_edition", derived.claims),
    ]
    rows += [r for r in found if (r["record_table"], r["record_id"]) not in covered]
    rows += _lone_footnotes(derived)
    rows += _lone_entities(derived, covered)
    rows += _statement_rows(derived)
    refuse_duplicates((r["difference_id"] for r in rows), "edition differences")
    return sorted(rows, key=lambda r: r["difference_id"])
