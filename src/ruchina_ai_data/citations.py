"""Reader of footnote texts: what kind of note each is and which works it cites, on which pages."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .bibliography import Alias, Work, fold

FOOTNOTE_KINDS = ("citation", "ibid", "exchange_rate", "comment", "link")

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

    def __init__(self, works: list[Work], aliases: list[Alias]) -> None:
        self.works = works
        self.aliases = aliases

    def _keyed(self, text: str) -> list[tuple[int, int, Work, bool]]:
        """Spans of literal citation strings and title keys: (start, end, work, in_url)."""
        lowered = text.lower()
        found: list[tuple[int, int, Work, bool]] = []
        urls = [m.span() for m in _URL.finditer(text)]
        for work in self.works:
            for key in [*work.cited_as, *work.title_keys]:
                start = lowered.find(normalise(key).lower())
                if start >= 0:
                    end = start + len(key)
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
        for work in self.works:
            for candidate in work.names[:1] + work.names_translated:
                key = fold(candidate)
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

    def read(self, raw_text: str, previous: list[Citation]) -> ReadFootnote:
        """Read one footnote; `previous` are the citations of the footnote before (for Ibid)."""
        text = normalise(raw_text)
        if _RATE_NOTE.search(text):
            return ReadFootnote("exchange_rate")
        result = ReadFootnote("comment")
        found: list[tuple[int, Citation]] = []
        consumed: list[tuple[int, int]] = []
        ibid = _IBID.match(text)
        if ibid:
            pages = ibid.group(1)
            for cited in previous:
                found.append((0, Citation(cited.work_id, pages or cited.pages, "Ibid", None, True)))
            if not previous:
                result.issues.append(CitationIssue("ibid_without_antecedent", None, text[:60]))
            elif len({c.work_id for c in previous}) > 1:
                result.issues.append(
                    CitationIssue(
                        "ambiguous_ibid",
                        None,
                        "Ibid follows a note citing several works: "
                        + ", ".join(sorted({c.work_id for c in previous})),
                    )
                )
            consumed.append((0, ibid.end()))
        years = list(_YEAR.finditer(text))
        for start, end, work, in_url in self._keyed(text):
            segment_end = text.find(";", end)
            segment_end = len(text) if segment_end < 0 else segment_end
            year_match = next((y for y in years if end <= y.start() < segment_end), None)
            cited_year = None
            if year_match is not None:
                cited_year = year_match.group(1)
                pages, end = _pages_after(text, _citation_end(text, year_match))
            else:
                pages = None
            consumed.append((start, end))
            found.append(
                (start, Citation(work.id, pages, text[start:end][:80], cited_year, False, in_url))
            )
        boundaries = [m.end() for m in _URL.finditer(text)] + [
            m.end() for m in re.finditer(";", text)
        ]
        for year_match in years:
            position = year_match.start()
            if any(a <= position < b for a, b in consumed):
                continue
            floor = max(
                [
                    0,
                    *[b for a, b in consumed if b <= position],
                    *[b for b in boundaries if b <= position],
                ]
            )
            lead = text[floor:position].strip(" ,;(").strip()
            lead = re.sub(r"^(and|et)\s+", "", lead)
            if lead.endswith('"') and '"' in lead[:-1]:
                lead = lead[lead.index('"') :]
            if not lead:
                continue
            work, issues = self._resolve(lead, year_match.group(1))
            result.issues.extend(issues)
            pages, end = _pages_after(text, _citation_end(text, year_match))
            consumed.append((floor, end))
            found.append((floor, Citation(work.id, pages, lead[:80], year_match.group(1), False)))
        result.citations = [c for _, c in sorted(found, key=lambda item: item[0])]
        if result.citations and all(c.via_ibid for c in result.citations):
            result.kind = "ibid"
        elif result.citations and all(c.from_url for c in result.citations):
            result.kind = "link"
        elif result.citations:
            result.kind = "citation"
        elif _URL.search(text):
            result.kind = "link"
        return result
