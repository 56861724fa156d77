"""Where each entity spelling occurs: whole-word occurrences in every text of its edition,
an occurrence inside a longer spelling of any entity counting for the longer one only
("Taiwan" in "Taiwan Strait")."""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass

from ..curation.entities import Entity
from ..curation.errors import CurationError
from .texts import EditionTexts


@dataclass(frozen=True)
class Mention:
    """One occurrence of an entity's spelling: its line, where it stands in that line's
    plain text, and the footnote it stands in (None in the body)."""

    entity: str
    line: int
    start: int
    end: int
    footnote: int | None


def alias_occurrences(
    entities: tuple[Entity, ...], texts: dict[str, EditionTexts]
) -> dict[str, dict[str, list[Mention]]]:
    """Edition -> spelling -> every occurrence; refuses a spelling that does not occur in
    its edition outside longer spellings."""
    found: dict[str, dict[str, list[Mention]]] = {}
    for code, edition_texts in texts.items():
        owner = {alias: e.id for e in entities for alias in e.aliases(code)}
        longest_first = sorted(owner, key=len, reverse=True)
        patterns = {a: re.compile(rf"(?<!\w){re.escape(a)}(?!\w)") for a in longest_first}
        seen: dict[str, list[Mention]] = defaultdict(list)
        for item in edition_texts.items:
            taken: list[tuple[int, int]] = []
            for alias in longest_first:
                if alias not in item.text:  # cheap test before the regular expression
                    continue
                for match in patterns[alias].finditer(item.text):
                    a, b = match.span()
                    if any(a < y and x < b for x, y in taken):
                        continue
                    taken.append((a, b))
                    seen[alias].append(Mention(owner[alias], item.line, a, b, item.footnote))
        missing = [f"{owner[alias]}: {alias!r}" for alias in owner if not seen[alias]]
        if missing:
            raise CurationError(
                f"curated/entities: spellings that do not occur in the {code} edition "
                f"outside longer spellings: {'; '.join(missing)}"
            )
        found[code] = {alias: seen[alias] for alias in owner}
    return found


def alias_lines(
    entities: tuple[Entity, ...], texts: dict[str, EditionTexts]
) -> dict[str, dict[str, list[int]]]:
    """Edition -> spelling -> the line of each occurrence."""
    return {
        code: {alias: [m.line for m in mentions] for alias, mentions in spellings.items()}
        for code, spellings in alias_occurrences(entities, texts).items()
    }


@dataclass(frozen=True)
class EntityMentions:
    """How often and where an entity is first named in each edition."""

    first_line: dict[str, int | None]
    mentions: dict[str, int]
    section: str | None  # of the first English mention, else the first French one

    @property
    def in_editions(self) -> str:
        """both, en or fr."""
        present = [code for code in ("en", "fr") if self.first_line[code] is not None]
        return "both" if len(present) == 2 else present[0]


def entity_mentions(
    entities: tuple[Entity, ...],
    lines: dict[str, dict[str, list[int]]],
    section_of_line: dict[str, dict[int, str]],
) -> dict[str, EntityMentions]:
    """Entity id -> its mentions, summed over its spellings."""
    found = {}
    for entity in entities:
        per_alias = {code: [lines[code][a] for a in entity.aliases(code)] for code in ("en", "fr")}
        first = {code: min((min(x) for x in per_alias[code]), default=None) for code in per_alias}
        code = "en" if first["en"] else "fr"
        found[entity.id] = EntityMentions(
            first_line=first,
            mentions={code: sum(len(x) for x in per_alias[code]) for code in per_alias},
            section=section_of_line[code].get(first[code]) if first[code] else None,
        )
    return found
