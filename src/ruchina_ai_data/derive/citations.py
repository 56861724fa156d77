"""Reader of footnote texts: what kind of note each is and which works it cites, on which
pages; Ibid resolved to the works of the note before."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..curation.works import Alias, Work
from .bibliography import fold

_RATE_NOTE = re.compile(r"exchange rate|taux de change", re.IGNORECASE)
_YEAR = re.compile(r"(?:(?<=, )|(?<=\()|(?<=al\. ))((?:19|20)\d{2}[a-z]?|n\.d\.|s\.d\.)(?!\d)")
_PAGES = re.compile(
    r"^\s*,\s*(?:pp?\.\s*)?(\d+(?:\s*[-–]\s*\d+)?(?:\s*,\s*\d+(?:\s*[-–]\s*\d+)?)*)(?!\s*[-–]?\s*\w)"
)
_IBID = re.compile(r"^\s*Ibid\.?(?:\s*,\s*(?:pp?\.\s*)?(\d+(?:\s*[-–]\s*\d+)?))?", re.IGNORECASE)
_URL = re.compile(r"https?://\S+?(?=[\s)>\]]|$)(?:\s+(?:and|et)\b)?")
_INITIALS = re.compile(r"\b[A-Z]\.(?:\s*[A-Z]\.)*")
_QUOTES = str.maketrans({"“": '"', "”": '"', "«": '"', "»": '"', "’": "'", "‘": "'"})


@dataclass(frozen=True)
class Citation:
    """One work cited by a footnote."""

    work_id: str
    pages: str | None
    cited_as: str
    cited_year: str | None
    via_ibid: bool
    from_url: bool = False


@dataclass(frozen=True)
class CitationIssue:
    """Something about a citation that disagrees with the bibliography."""

    kind: str
    work_id: str | None
    detail: str


@dataclass
class ReadFootnote:
    """A footnote as read: its kind, citations and any issues found."""

    kind: str
    citations: list[Citation] = field(default_factory=list)
    issues: list[CitationIssue] = field(default_factory=list)


class UnresolvedCitation(ValueError):
    """A citation that no curated work matches."""


def normalise(text: str) -> str:
    """Quotes made plain, emphasis dropped, spaces collapsed; same length guarantees not needed."""
    return re.sub(r"\s+", " ", text.translate(_QUOTES).replace("*", "")).strip()


def _pages_after(text: str, end: int) -> tuple[str | None, int]:
    match = _PAGES.match(text[end:])
    if not match:
        return None, end
    return re.sub(r"\s+", " ", match.group(1)), end + match.end()


def _citation_end(text: str, year: re.Match[str]) -> int:
    """Index just after a cited year, or after its closing parenthesis if it opened one."""
    if year.start() > 0 and text[year.start() - 1] == "(":
        close = text.find(")", year.end())
        return close + 1 if close >= 0 else year.end()
    return year.end()


class CitationReader:
    """Resolves the citations of footnotes to curated works, one edition at a time."""

    def __init__(self, works: tuple[Work, ...], aliases: tuple[Alias, ...]) -> None:
        self.works = works
        self.aliases = aliases
        # Literal citation strings and title keys, and author names, prepared once.
        self._literal = [
            (work, [(normalise(k).lower(), len(k)) for k in (*work.cited_as, *work.title_keys)])
            for work in works
        ]
        self._names = [
            (fold(candidate), work)
            for work in works
            for candidate in (*work.names[:1], *work.names_translated)
        ]

    def _keyed(self, text: str) -> list[tuple[int, int, Work, bool]]:
        """Spans of literal citation strings and title keys: (start, end, work, in_url)."""
        lowered = text.lower()
        found: list[tuple[int, int, Work, bool]] = []
        urls = [m.span() for m in _URL.finditer(text)]
        for work, keys in self._literal:
            for key, length in keys:
                start = lowered.find(key)
                if start >= 0:
                    end = start + length
                    in_url = any(a <= start < b for a, b in urls)
                    found.append((start, end, work, in_url))
                    break
        return sorted(found, key=lambda item: item[0])

    def _resolve(self, lead: str, year: str) -> tuple[Work, list[CitationIssue]]:
        issues: list[CitationIssue] = []
        name = lead
        for alias in self.aliases:
            if alias.cited in name:
                name = name.replace(alias.cited, alias.name)
                issues.append(
                    CitationIssue(
                        "author_spelling_variant",
                        None,
                        f"cited as '{alias.cited}', the bibliography spells '{alias.name}'",
                    )
                )
        folded = fold(_INITIALS.sub("", name)).strip(" ,.")
        by_name: list[tuple[int, Work]] = []
        for key, work in self._names:
            if folded == key or folded.startswith(key) and not folded[len(key)].isalpha():
                by_name.append((len(key), work))
        if not by_name:
            raise UnresolvedCitation(f"no curated work is cited as '{lead}, {year}'")
        longest = max(length for length, _ in by_name)
        named = [w for length, w in by_name if length == longest]
        cited_year = "n.d." if year == "s.d." else year
        exact = [w for w in named if w.year == cited_year]
        if len(exact) == 1:
            work = exact[0]
        elif not exact and len(named) == 1:
            work = named[0]
            issues.append(
                CitationIssue(
                    "citation_year_mismatch",
                    work.id,
                    f"cited as '{lead}, {year}', the bibliography dates this work {work.year}",
                )
            )
        else:
            ids = [w.id for w in (exact or named)]
            raise UnresolvedCitation(f"'{lead}, {year}' is ambiguous between {ids}")
        return work, [CitationIssue(i.kind, work.id, i.detail) for i in issues]

    def _ibid(
        self, text: str, previous: list[Citation], found: list, consumed: list, issues: list
    ) -> None:
        """An Ibid opening the note cites again the works of the note before."""
        ibid = _IBID.match(text)
        if not ibid:
            return
        for cited in previous:
            pages = ibid.group(1) or cited.pages
            found.append((0, Citation(cited.work_id, pages, "Ibid", None, True)))
        if not previous:
            issues.append(CitationIssue("ibid_without_antecedent", None, text[:60]))
        elif len({c.work_id for c in previous}) > 1:
            works = ", ".join(sorted({c.work_id for c in previous}))
            detail = f"Ibid follows a note citing several works: {works}"
            issues.append(CitationIssue("ambiguous_ibid", None, detail))
        consumed.append((0, ibid.end()))

    def _by_literal(self, text: str, years: list, found: list, consumed: list) -> None:
        """Citations by a curated literal string or title key, with the year and pages after."""
        for start, end, work, in_url in self._keyed(text):
            segment_end = text.find(";", end)
            segment_end = len(text) if segment_end < 0 else segment_end
            year_match = next((y for y in years if end <= y.start() < segment_end), None)
            cited_year, pages = None, None
            if year_match is not None:
                cited_year = year_match.group(1)
                pages, end = _pages_after(text, _citation_end(text, year_match))
            consumed.append((start, end))
            citation = Citation(work.id, pages, text[start:end][:80], cited_year, False, in_url)
            found.append((start, citation))

    def _author_year(
        self, text: str, years: list, found: list, consumed: list, issues: list
    ) -> None:
        """Author-year citations: the words before each year not yet consumed name a work."""
        boundaries = [m.end() for m in _URL.finditer(text)] + [
            m.end() for m in re.finditer(";", text)
        ]
        for year_match in years:
            position = year_match.start()
            if any(a <= position < b for a, b in consumed):
                continue
            before = [b for a, b in consumed if b <= position] + [
                b for b in boundaries if b <= position
            ]
            floor = max([0, *before])
            lead = text[floor:position].strip(" ,;(").strip()
            lead = re.sub(r"^(and|et)\s+", "", lead)
            if lead.endswith('"') and '"' in lead[:-1]:
                lead = lead[lead.index('"') :]
            if not lead:
                continue
            work, found_issues = self._resolve(lead, year_match.group(1))
            issues.extend(found_issues)
            pages, end = _pages_after(text, _citation_end(text, year_match))
            consumed.append((floor, end))
            found.append((floor, Citation(work.id, pages, lead[:80], year_match.group(1), False)))

    def read(self, raw_text: str, previous: list[Citation]) -> ReadFootnote:
        """Read one footnote; `previous` are the citations of the footnote before (for Ibid)."""
        text = normalise(raw_text)
        if _RATE_NOTE.search(text):
            return ReadFootnote("exchange_rate")
        result = ReadFootnote("comment")
        found: list[tuple[int, Citation]] = []
        consumed: list[tuple[int, int]] = []
        self._ibid(text, previous, found, consumed, result.issues)
        years = list(_YEAR.finditer(text))
        self._by_literal(text, years, found, consumed)
        self._author_year(text, years, found, consumed, result.issues)
        result.citations = [c for _, c in sorted(found, key=lambda item: item[0])]
        result.kind = _kind(result.citations, text)
        return result


def _kind(citations: list[Citation], text: str) -> str:
    """ibid (only Ibid), link (only cited by URL, or a bare URL), citation, else comment."""
    if citations and all(c.via_ibid for c in citations):
        return "ibid"
    if citations and all(c.from_url for c in citations):
        return "link"
    if citations:
        return "citation"
    return "link" if _URL.search(text) else "comment"
