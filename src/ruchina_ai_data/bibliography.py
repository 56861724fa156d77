"""Works the report cites: curated identities joined to the printed bibliography entries."""

from __future__ import annotations

import re
import tomllib
import unicodedata
from dataclasses import dataclass, field
from importlib import resources

from .parser import BibEntry, Report

_MONTHS = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
    "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
    "janvier": 1, "février": 2, "mars": 3, "avril": 4, "mai": 5, "juin": 6, "juillet": 7,
    "août": 8, "septembre": 9, "octobre": 10, "novembre": 11, "décembre": 12,
}  # fmt: skip
_APA_HEAD = re.compile(
    r"^(?P<authors>.*?)\s*\((?P<year>\d{4}[a-z]?|n\.d\.)(?:,\s*(?P<date>[^)]*))?\)\.?\s*(?P<rest>.*)$"
)
_RETRIEVED = re.compile(
    r"\s*(Retrieved from|Retrieved|Tiré de|Consulté|Extrait de|Récupéré de)\b.*$", re.IGNORECASE
)
_DOI = re.compile(r"10\.\d{4,9}/[^\s>]+")


class CurationError(ValueError):
    """A curated record does not agree with the source."""


def fold(text: str) -> str:
    """Lower-case, accent-free, quote-normalised text for matching names and titles."""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c))
    for quote in '“”«»„‟"':
        text = text.replace(quote, '"')
    for quote in "’‘`´":
        text = text.replace(quote, "'")
    return re.sub(r"\s+", " ", text).strip().lower()


@dataclass
class Work:
    """A cited work: curated identity plus what the bibliography entries say of it."""

    id: str
    names: list[str]
    year: str
    kind: str
    names_translated: list[str] = field(default_factory=list)
    title_keys: list[str] = field(default_factory=list)
    cited_as: list[str] = field(default_factory=list)
    title: str | None = None
    title_fr: str | None = None
    authors: str | None = None
    date: str | None = None
    container: str | None = None
    url: str | None = None
    doi: str | None = None
    note: str | None = None
    entries: dict[str, int] = field(default_factory=dict)

    @property
    def in_bibliography(self) -> bool:
        return bool(self.entries)


@dataclass(frozen=True)
class Alias:
    """A name as cited in a footnote that the bibliography spells otherwise."""

    cited: str
    name: str


def load_curated() -> tuple[list[Work], list[Alias]]:
    """Read `curated/works.toml`."""
    raw = tomllib.loads(
        resources.files("ruchina_ai_data").joinpath("curated/works.toml").read_text("utf-8")
    )
    works = [Work(**record) for record in raw["work"]]
    ids = [w.id for w in works]
    duplicates = sorted({i for i in ids if ids.count(i) > 1})
    if duplicates:
        raise CurationError(f"curated/works.toml: duplicate work ids {duplicates}")
    return works, [Alias(**record) for record in raw.get("alias", [])]


def _entry_matches(work: Work, entry: BibEntry) -> bool:
    head = fold(entry.text)
    if work.names:
        first = fold(work.names[0])
        if not (head.startswith(first) or head.startswith(first.split()[0] + ",")):
            return False
        return fold(work.year) in head[:200] or (work.year == "n.d." and "(s.d.)" in head)
    return any(fold(key) in fold(entry.markdown) for key in work.title_keys)


def _iso_date(year: str, day_month: str | None) -> str | None:
    """An ISO 8601 date at the precision printed: '2020, April 20' -> '2020-04-20'."""
    if not year[:4].isdigit():
        return None
    if not day_month:
        return year[:4]
    words = fold(day_month).replace("1er", "1").replace(",", " ").split()
    month = next((_MONTHS[w] for w in words if w in _MONTHS), None)
    day = next((int(w) for w in words if w.isdigit()), None)
    if month is None:
        return year[:4]
    if day is None:
        return f"{year[:4]}-{month:02d}"
    return f"{year[:4]}-{month:02d}-{day:02d}"


def parse_entry(entry: BibEntry) -> dict[str, str | None]:
    """Authors, date, title, container, URL and DOI of an APA-style entry (best effort)."""
    text = entry.text
    url = entry.urls[0] if entry.urls else None
    doi_match = _DOI.search(url or "")
    result: dict[str, str | None] = {
        "authors": None, "date": None, "title": None, "container": None,
        "url": url, "doi": doi_match.group(0) if doi_match else None,
    }  # fmt: skip
    head = _APA_HEAD.match(text)
    if not head:
        return result
    authors = head.group("authors").strip().rstrip(".")
    if authors and authors[0] not in '"“«':
        result["authors"] = authors
        rest = head.group("rest")
    else:
        result["title"] = authors.strip('"“”«» .')
        rest = head.group("rest")
    result["date"] = _iso_date(head.group("year"), head.group("date"))
    rest = _RETRIEVED.sub("", entry.markdown.split(head.group("year"), 1)[-1])
    rest = re.sub(r"^[^)]*\)\.?\s*", "", rest)
    italic = re.findall(r"\*([^*]+)\*", rest)
    if result["title"] is None:
        if rest.startswith("*") and italic:
            result["title"] = italic[0].strip(" .")
            tail = rest.split("*", 3)[-1]
            result["container"] = _clean(tail) or None
        else:
            title, _, tail = rest.partition(". *") if ". *" in rest else rest.partition("? *")
            result["title"] = _clean(title + ("?" if "? *" in rest and ". *" not in rest else ""))
            result["container"] = italic[0].strip(" .") if italic else (_clean(tail) or None)
    elif italic:
        result["container"] = italic[0].strip(" .")
    title = result["title"] or ""
    book = re.search(r"\.\s+(In|Dans)\s+\S", title)
    if book:  # a chapter: the title stops where the book it is in begins
        title = result["title"] = title[: book.start()]
    tag = re.search(r"\s*\[(Dataset|Website|Press release|Communiqué de presse)\]\.?\s*", title)
    if tag:
        before, after = title[: tag.start()], title[tag.end() :]
        result["title"] = before.strip(" .")
        if not result["container"] and after.strip(" ."):
            result["container"] = after.strip(" .")
    return result


def _first_work_of(entry: BibEntry) -> BibEntry:
    """The entry cut before a second work folded into it after '; ' (English entry 23)."""
    if len(entry.urls) < 2 or "; " not in entry.markdown:
        return entry
    markdown = entry.markdown.split("; ", 1)[0]
    text = entry.text.split("; ", 1)[0]
    return BibEntry(entry.number, entry.line, markdown, text, entry.urls[:1])


def _clean(text: str) -> str:
    from .parser import plain_text

    return plain_text(text).strip(" .:;,")


def attach_entries(report: Report, works: list[Work]) -> list[tuple[str, BibEntry, list[str]]]:
    """Join each bibliography entry to the work(s) it holds; fill parsed fields from English.

    Returns (edition, entry, work ids) for every entry, so callers can report entries that
    hold no curated work or more than one.
    """
    joined: list[tuple[str, BibEntry, list[str]]] = []
    for code in ("en", "fr"):
        for entry in report.editions[code].bibliography:
            holders = [w for w in works if _entry_matches(w, entry)]
            # A second work folded into an entry (after a '; ') is named later in the text.
            for work in works:
                if work in holders or not work.names:
                    continue
                tail = fold(entry.text).split("; ", 1)
                if (
                    len(tail) == 2
                    and tail[1].startswith(fold(work.names[0]))
                    and work.year[:4] in tail[1]
                ):
                    holders.append(work)
            for work in holders:
                if code in work.entries:
                    raise CurationError(
                        f"work {work.id} matches two {code} bibliography entries: "
                        f"{work.entries[code]} and {entry.number}"
                    )
                work.entries[code] = entry.number
                parsed = parse_entry(_first_work_of(entry)) if work is holders[0] else {}
                if code == "en":
                    for key, value in parsed.items():
                        if getattr(work, key) is None:
                            setattr(work, key, value)
                elif parsed.get("title") and not str(parsed["title"]).startswith("http"):
                    work.title_fr = parsed["title"]
            joined.append((code, entry, [w.id for w in holders]))
    for work in works:
        if work.authors is None and work.names:
            work.authors = ", ".join(work.names)
        if "fr" in work.entries and "en" not in work.entries:
            entry = next(
                e for e in report.editions["fr"].bibliography if e.number == work.entries["fr"]
            )
            for key, value in parse_entry(entry).items():
                if getattr(work, key) is None and key != "title":
                    setattr(work, key, value)
            if work.title is None:
                work.title = work.title_fr
    return joined
