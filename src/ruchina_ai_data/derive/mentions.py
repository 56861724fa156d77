"""Where each entity spelling occurs: whole-word occurrences in every text of its edition,
an occurrence inside a longer spelling of any entity counting for the longer one only
("Taiwan" in "Taiwan Strait")."""

from __future__ import annotations

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


def _edge(text: str, index: int) -> bool:
    """Whether a spelling may end or begin next to `index`: outside the text, or not a word
    character there (what `\\w` means in Python's regular expressions)."""
    return not 0 <= index < len(text) or not (text[index].isalnum() or text[index] == "_")


def alias_occurrences(
    entities: tuple[Entity, ...], texts: dict[str, EditionTexts]
) -> dict[str, dict[str, list[Mention]]]:
    """Edition -> spelling -> every occurrence; refuses a spelling that does not occur in
    its edition outside longer spellings."""
    found: dict[str, dict[str, list[Mention]]] = {}
    for code, edition_texts in texts.items():
        owner = {alias: e.id for e in entities for alias in e.aliases(code)}
        taken: dict[int, list[tuple[int, int]]] = defaultdict(list)
        seen: dict[str, list[Mention]] = defaultdict(list)
        for alias in sorted(owner, key=len, reverse=True):  # a longer spelling first
            for index, a in edition_texts.find_indexed(alias):
                item, b = edition_texts.items[index], a + len(alias)
                if not (_edge(item.text, a - 1) and _edge(item.text, b)):
                    continue  # inside a longer word
                if any(a < y and x < b for x, y in taken[index]):
                    continue  # inside a longer spelling, or overlapping one already counted
                taken[index].append((a, b))
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
