"""Cited works as curated in `curated/works.toml`: identities and the names they are cited
by. What the bibliographies print of them is derived later (`derive/bibliography.py`)."""

from __future__ import annotations

from dataclasses import dataclass

from .files import make_record, read_curated, refuse_duplicates

FILE = "works.toml"


@dataclass(frozen=True)
class Work:
    """A cited work: how citations name it, and the facts curated for works no bibliography
    entry describes."""

    id: str
    names: tuple[str, ...]
    year: str
    kind: str
    names_translated: tuple[str, ...] = ()
    title_keys: tuple[str, ...] = ()
    cited_as: tuple[str, ...] = ()
    title: str | None = None
    authors: str | None = None
    date: str | None = None
    container: str | None = None
    url: str | None = None
    doi: str | None = None
    note: str | None = None


@dataclass(frozen=True)
class Alias:
    """A name as a footnote cites it where the bibliography spells it otherwise."""

    cited: str
    name: str


def read_works() -> tuple[tuple[Work, ...], tuple[Alias, ...]]:
    """Every curated work, and the misspellings of author names the footnotes use."""
    raw = read_curated(FILE)
    works = tuple(
        make_record(Work, record, f"curated/{FILE}: work {record.get('id')}")
        for record in raw["work"]
    )
    refuse_duplicates((w.id for w in works), f"curated/{FILE}")
    aliases = tuple(
        make_record(Alias, record, f"curated/{FILE}: alias") for record in raw.get("alias", [])
    )
    return works, aliases
