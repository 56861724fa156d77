"""Works joined to the printed bibliographies: which entry of each edition holds each
curated work, and what the entries say of it (title, date, container, URL, DOI)."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import cache

from ..curation.errors import CurationError
from ..curation.works import Work
from ..source.markdown import plain_text
from ..source.parser import BibEntry, Report

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
ENTRY_FIELDS = ("authors", "date", "title", "container", "url", "doi")


@cache
def fold(text: str) -> str:
    """Lower-case, accent-free, quote-normalised text for matching names and titles."""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c))
    for quote in '“”«»„‟"':
        text = text.replace(quote, '"')
    for quote in "’‘`´":
        text = text.replace(quote, "'")
    return re.sub(r"\s+", " ", text).strip().lower()


@dataclass(frozen=True)
class CitedWork:
    """A curated work with what the bibliographies print of it."""

    work: Work
    entries: dict[str, int]  # edition -> entry number
    title: str | None
    title_fr: str | None
    authors: str | None
    date: str | None
    container: str | None
    url: str | None
    doi: str | None

    @property
    def id(self) -> str:
        return self.work.id

    @property
    def in_bibliography(self) -> bool:
        return bool(self.entries)


@dataclass(frozen=True)
class EntryHolders:
    """A bibliography entry and the works it holds (none, one, or two folded together)."""

    edition: str
    entry: BibEntry
    work_ids: tuple[str, ...]


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


def _clean(text: str) -> str:
    return plain_text(text).strip(" .:;,")


def _title_and_container(rest: str, result: dict[str, str | None]) -> None:
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


def _trim_title(result: dict[str, str | None]) -> None:
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


def parse_entry(entry: BibEntry) -> dict[str, str | None]:
    """Authors, date, title, container, URL and DOI of an APA-style entry (best effort)."""
    url = entry.urls[0] if entry.urls else None
    doi_match = _DOI.search(url or "")
    result: dict[str, str | None] = dict.fromkeys(ENTRY_FIELDS)
    result["url"], result["doi"] = url, doi_match.group(0) if doi_match else None
    head = _APA_HEAD.match(entry.text)
    if not head:
        return result
    authors = head.group("authors").strip().rstrip(".")
    if authors and authors[0] not in '"“«':
        result["authors"] = authors
    else:
        result["title"] = authors.strip('"“”«» .')
    result["date"] = _iso_date(head.group("year"), head.group("date"))
    rest = _RETRIEVED.sub("", entry.markdown.split(head.group("year"), 1)[-1])
    rest = re.sub(r"^[^)]*\)\.?\s*", "", rest)
    _title_and_container(rest, result)
    _trim_title(result)
    return result


def _first_work_of(entry: BibEntry) -> BibEntry:
    """The entry cut before a second work folded into it after '; ' (English entry 23)."""
    if len(entry.urls) < 2 or "; " not in entry.markdown:
        return entry
    markdown = entry.markdown.split("; ", 1)[0]
    text = entry.text.split("; ", 1)[0]
    return BibEntry(entry.number, entry.line, markdown, text, entry.urls[:1])


@dataclass(frozen=True)
class _Keys:
    """A work's names and title keys, folded once."""

    work: Work
    first_name: str | None
    title_keys: tuple[str, ...]


def _matches(key: _Keys, head: str, markdown: str) -> bool:
    """An entry holds a work cited by author when it starts with the first author and
    gives the year early; a work cited by title when the entry holds a title key."""
    if key.first_name is None:
        return any(k in markdown for k in key.title_keys)
    first, year = key.first_name, key.work.year
    if not (head.startswith(first) or head.startswith(first.split()[0] + ",")):
        return False
    return fold(year) in head[:200] or (year == "n.d." and "(s.d.)" in head)


def _holders(entry: BibEntry, keys: list[_Keys]) -> list[Work]:
    """The works an entry holds, then a second work folded in after '; '."""
    head = fold(entry.text)
    markdown = fold(entry.markdown)
    holders = [key.work for key in keys if _matches(key, head, markdown)]
    tail = head.split("; ", 1)
    if len(tail) == 2:
        for key in keys:
            if key.work in holders or key.first_name is None:
                continue
            if tail[1].startswith(key.first_name) and key.work.year[:4] in tail[1]:
                holders.append(key.work)
    return holders


def _record_entry(
    code: str,
    entry: BibEntry,
    holders: list[Work],
    fields: dict[str, dict[str, str | None]],
    entries: dict[str, dict[str, int]],
    title_fr: dict[str, str | None],
) -> None:
    """Note which entry of an edition holds each work; the first work of an English entry
    takes the entry's fields where nothing is curated, of a French entry its title."""
    for work in holders:
        if code in entries[work.id]:
            raise CurationError(
                f"work {work.id} matches two {code} bibliography entries: "
                f"{entries[work.id][code]} and {entry.number}"
            )
        entries[work.id][code] = entry.number
    if not holders:
        return
    first = holders[0]
    parsed = parse_entry(_first_work_of(entry))
    if code == "en":
        for name, value in parsed.items():
            if fields[first.id][name] is None:
                fields[first.id][name] = value
    elif parsed.get("title") and not str(parsed["title"]).startswith("http"):
        title_fr[first.id] = parsed["title"]


def _complete(
    report: Report,
    work: Work,
    own: dict[str, str | None],
    entries: dict[str, int],
    title_fr: str | None,
) -> None:
    """A work only the French bibliography lists takes that entry's fields (its printed
    authors too) and its French title; authors still unknown default to the curated names."""
    if "fr" in entries and "en" not in entries:
        entry = next(e for e in report.editions["fr"].bibliography if e.number == entries["fr"])
        for name, value in parse_entry(entry).items():
            if own[name] is None and name != "title":
                own[name] = value
        if own["title"] is None:
            own["title"] = title_fr
    if own["authors"] is None and work.names:
        own["authors"] = ", ".join(work.names)


def join_entries(
    report: Report, works: tuple[Work, ...]
) -> tuple[list[CitedWork], list[EntryHolders]]:
    """Each work with the entries that hold it and what they print (English entries first;
    curated values win), and every entry with the works it holds."""
    keys = [
        _Keys(w, fold(w.names[0]) if w.names else None, tuple(fold(k) for k in w.title_keys))
        for w in works
    ]
    fields = {w.id: {name: getattr(w, name, None) for name in ENTRY_FIELDS} for w in works}
    entries: dict[str, dict[str, int]] = {w.id: {} for w in works}
    title_fr: dict[str, str | None] = dict.fromkeys(entries)
    joined: list[EntryHolders] = []
    for code in ("en", "fr"):
        for entry in report.editions[code].bibliography:
            holders = _holders(entry, keys)
            _record_entry(code, entry, holders, fields, entries, title_fr)
            joined.append(EntryHolders(code, entry, tuple(w.id for w in holders)))
    cited = []
    for work in works:
        own = fields[work.id]
        _complete(report, work, own, entries[work.id], title_fr[work.id])
        cited.append(
            CitedWork(work=work, entries=entries[work.id], title_fr=title_fr[work.id], **own)
        )
    return cited, joined
