"""Builders of the apparatus tables: editions, sections, footnotes, bibliography, citations,
footnote alignment, exchange rates and anomalies, as rows (lists of dicts) from the parse."""

from __future__ import annotations

import datetime as dt
import re
import tomllib
from collections import Counter
from dataclasses import dataclass, field
from decimal import Decimal
from importlib import resources
from typing import Any

from . import ecb
from .alignment import NoteSummary, align
from .bibliography import CurationError, Work, attach_entries, load_curated
from .citations import Citation, CitationIssue, CitationReader, ReadFootnote
from .parser import Edition, Report
from .provenance import locate_span
from .spec import period_precision

Row = dict[str, Any]
PUBLISHER = "FACE (Hinterbrühl, Austria)"
COMMISSIONED_BY = "DGRIS, French Ministry of the Armed Forces"


def read_curated(name: str) -> dict[str, Any]:
    """A curated TOML file of the package, with its name in any parse error."""
    text = resources.files("ruchina_ai_data").joinpath(f"curated/{name}").read_text("utf-8")
    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        raise CurationError(f"curated/{name}: {error}") from None


@dataclass
class Apparatus:
    """Everything derived from the parse that more than one table needs."""

    report: Report
    works: list[Work]
    section_ids: dict[str, dict[int, str]]  # edition -> heading line -> section id
    section_of_line: dict[str, dict[int, str]]  # edition -> any line -> section id
    notes: dict[str, dict[int, ReadFootnote]]  # edition -> number -> reading
    entry_holders: list[tuple[str, int, int, list[str]]] = field(default_factory=list)


def _section_ids(report: Report) -> dict[str, dict[int, str]]:
    names = read_curated("sections.toml")["unnumbered"]
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


def _section_of_line(edition: Edition, ids: dict[int, str]) -> dict[int, str]:
    mapping: dict[int, str] = {}
    for line in range(edition.line_start, edition.line_end + 1):
        section = edition.section_at(line)
        if section is not None:
            mapping[line] = ids[section.line_start]
    return mapping


def read_apparatus(report: Report) -> Apparatus:
    """Parse-level derivations shared by the table builders."""
    works, aliases = load_curated()
    holders = attach_entries(report, works)
    reader = CitationReader(works, aliases)
    section_ids = _section_ids(report)
    notes: dict[str, dict[int, ReadFootnote]] = {}
    for code, edition in report.editions.items():
        notes[code] = {}
        previous: list[Citation] = []
        for note in sorted(edition.footnotes, key=lambda n: (n.number, n.line)):
            if note.number in notes[code]:
                continue
            reading = reader.read(note.text, previous)
            notes[code][note.number] = reading
            previous = reading.citations
    for work in works:
        for name in work.cited_as:
            if not any(
                name.replace('"', "") in _plain_quotes(n.text)
                for e in report.editions.values()
                for n in e.footnotes
            ):
                raise CurationError(f"work {work.id}: cited_as string not found: {name!r}")
    return Apparatus(
        report=report,
        works=works,
        section_ids=section_ids,
        section_of_line={
            code: _section_of_line(edition, section_ids[code])
            for code, edition in report.editions.items()
        },
        notes=notes,
        entry_holders=[(code, e.number, e.line, ids) for code, e, ids in holders],
    )


def _plain_quotes(text: str) -> str:
    return re.sub(r"[“”«»\"]", "", text)


def editions_rows(app: Apparatus, source_file: str, sha256: str) -> list[Row]:
    """One row per edition."""
    rows = []
    for code, edition in app.report.editions.items():
        front = edition.front_matter
        author = next(x for x in front if x.lower().startswith(("author", "auteur")))
        editor = next(x for x in front if x.lower().startswith(("editor", "editeur", "éditeur")))
        printed = next(x for x in front if re.fullmatch(r"\d{2}/\d{2}/\d{4}", x))
        day, month, year = (int(p) for p in printed.split("/"))
        rows.append(
            {
                "edition": code,
                "language": code,
                "is_original": code == "fr",
                "title": edition.title,
                "author": author.split(":", 1)[1].strip(),
                "editor": editor.split(":", 1)[1].strip(),
                "date": dt.date(year, month, day),
                "publisher": PUBLISHER,
                "commissioned_by": COMMISSIONED_BY,
                "source_file": source_file,
                "source_sha256": sha256,
                "line_start": edition.line_start,
                "line_end": edition.line_end,
                "section_count": len(edition.sections),
                "footnote_count": len(edition.footnotes),
                "marker_count": len(edition.markers),
                "bibliography_entry_count": len(edition.bibliography),
            }
        )
    return rows


def sections_rows(app: Apparatus) -> list[Row]:
    """Sections of both editions side by side."""
    by_id: dict[str, dict[str, Any]] = {}
    order: list[str] = []
    for code in ("fr", "en"):
        edition = app.report.editions[code]
        for section in edition.sections:
            sid = app.section_ids[code][section.line_start]
            if sid not in by_id:
                by_id[sid] = {"number": section.number, "level": section.level}
                order.append(sid)
            markers = sum(
                1 for m in edition.markers if section.line_start <= m.line <= section.line_end
            )
            by_id[sid].update(
                {
                    f"title_{code}": section.title,
                    f"line_start_{code}": section.line_start,
                    f"line_end_{code}": section.line_end,
                    f"markers_{code}": markers,
                }
            )
    rows = []
    for position, sid in enumerate(order, start=1):
        number = by_id[sid]["number"]
        parent = number.rsplit(".", 1)[0] if number and "." in number else None
        rows.append({"section": sid, "parent": parent, "position": position, **by_id[sid]})
    return rows


def _first_marker(edition: Edition, number: int) -> int | None:
    return next((m.line for m in edition.markers if m.number == number), None)


def footnote_rows(app: Apparatus, code: str) -> list[Row]:
    """Every footnote of one edition (the first text of a reused number)."""
    edition = app.report.editions[code]
    counts = Counter(m.number for m in edition.markers)
    rows = []
    seen: set[int] = set()
    for note in sorted(edition.footnotes, key=lambda n: (n.number, n.line)):
        if note.number in seen:
            continue
        seen.add(note.number)
        reading = app.notes[code][note.number]
        marker_line = _first_marker(edition, note.number)
        rows.append(
            {
                "number": note.number,
                "kind": reading.kind,
                "text": note.text,
                "work_ids": "; ".join(dict.fromkeys(c.work_id for c in reading.citations)) or None,
                "pages": "; ".join(c.pages for c in reading.citations if c.pages) or None,
                "url": note.urls[0] if note.urls else None,
                "line": note.line,
                "end_line": note.end_line,
                "section": app.section_of_line[code].get(marker_line or note.line),
                "marker_count": counts.get(note.number, 0),
                "marker_line": marker_line,
            }
        )
    return rows


def citation_rows(app: Apparatus) -> list[Row]:
    """One row per (edition, footnote, cited work)."""
    rows = []
    for code in ("en", "fr"):
        for number, reading in sorted(app.notes[code].items()):
            for position, citation in enumerate(reading.citations, start=1):
                rows.append(
                    {
                        "edition": code,
                        "footnote": number,
                        "position": position,
                        "footnote_en": number if code == "en" else None,
                        "footnote_fr": number if code == "fr" else None,
                        "work_id": citation.work_id,
                        "pages": citation.pages,
                        "cited_as": citation.cited_as,
                        "cited_year": citation.cited_year,
                        "via_ibid": citation.via_ibid,
                    }
                )
    return rows


def bibliography_rows(app: Apparatus) -> list[Row]:
    """One row per cited work."""
    cited: dict[str, Counter[str]] = {"en": Counter(), "fr": Counter()}
    for code in ("en", "fr"):
        for reading in app.notes[code].values():
            for work_id in {c.work_id for c in reading.citations}:
                cited[code][work_id] += 1
    rows = []
    for work in sorted(app.works, key=lambda w: w.id):
        rows.append(
            {
                "work_id": work.id,
                "entry_en": work.entries.get("en"),
                "entry_fr": work.entries.get("fr"),
                "in_bibliography": work.in_bibliography,
                "authors": work.authors,
                "year": work.year,
                "date": work.date,
                "date_precision": period_precision(work.date),
                "title": work.title,
                "title_fr": work.title_fr,
                "container": work.container,
                "url": work.url,
                "doi": work.doi,
                "kind": work.kind,
                "cited_en": cited["en"][work.id],
                "cited_fr": cited["fr"][work.id],
                "note": work.note,
            }
        )
    return rows


def _summaries(app: Apparatus, code: str) -> list[NoteSummary]:
    edition = app.report.editions[code]
    summaries = []
    for row in footnote_rows(app, code):
        reading = app.notes[code][row["number"]]
        pages: list[str] = []
        for citation in reading.citations:
            if citation.pages:
                pages.extend(p.strip() for p in citation.pages.split(","))
        summaries.append(
            NoteSummary(
                number=row["number"],
                kind=reading.kind,
                section=row["section"],
                works=tuple(c.work_id for c in reading.citations),
                pages=tuple(pages),
                text=next(n.text for n in edition.footnotes if n.number == row["number"]),
            )
        )
    return summaries


def alignment_rows(app: Apparatus) -> list[Row]:
    """English footnotes aligned to French footnotes."""
    pairs = align(_summaries(app, "en"), _summaries(app, "fr"))
    return [
        {
            "pair_id": index,
            "footnote_en": pair.footnote_en,
            "footnote_fr": pair.footnote_fr,
            "match": pair.match,
            "section": pair.section,
            "score": pair.score,
            "shared_works": "; ".join(pair.shared_works) or None,
        }
        for index, pair in enumerate(pairs, start=1)
    ]


def _stated_value(span: str) -> Decimal:
    numbers = re.findall(r"\d+(?:[.,]\d+)?", span)
    return Decimal(numbers[-1].replace(",", "."))


def exchange_rate_rows(app: Apparatus) -> list[Row]:
    """The three stated rates with derived provenance and the ECB figure beside each."""
    rows = []
    for record in read_curated("exchange_rates.toml")["rate"]:
        located = {}
        for code in ("en", "fr"):
            span = record[f"evidence_{code}"]
            location = locate_span(
                app.report,
                code,
                span,
                section_of_line=app.section_of_line[code],
                in_footnotes_only=True,
            )
            if app.notes[code][location.footnote].kind != "exchange_rate":  # type: ignore[index]
                raise CurationError(
                    f"rate {record['rate_id']}: span {span!r} is not in a rate note"
                )
            if _stated_value(span) != Decimal(record["rate"]):
                raise CurationError(
                    f"rate {record['rate_id']}: the {code} span states {_stated_value(span)}, "
                    f"the record says {record['rate']}"
                )
            located[code] = location
        period = record["period"]
        if len(period) == 10:
            reference = ecb.on_or_before(record["quote_currency"], dt.date.fromisoformat(period))
        else:
            reference = ecb.annual_mean(record["quote_currency"], int(period))
        rate = Decimal(record["rate"])
        ecb_rate = reference.rate.quantize(Decimal("0.0001"))
        rows.append(
            {
                "rate_id": record["rate_id"],
                "base_currency": record["base_currency"],
                "quote_currency": record["quote_currency"],
                "rate": float(rate),
                "period": period,
                "period_precision": period_precision(period),
                "basis": record["basis"],
                "section": located["en"].section,
                "footnote_en": located["en"].footnote,
                "footnote_fr": located["fr"].footnote,
                "evidence_en": record["evidence_en"],
                "evidence_fr": record["evidence_fr"],
                "line_en": located["en"].line,
                "line_fr": located["fr"].line,
                "ecb_rate": float(ecb_rate),
                "ecb_date_from": reference.date_from,
                "ecb_date_to": reference.date_to,
                "ecb_observations": reference.observations,
                "ecb_method": f"{reference.method}; {ecb.source_label()}",
                "deviation_pct": float(
                    ((rate - reference.rate) / reference.rate * 100).quantize(Decimal("0.001"))
                ),
            }
        )
    return rows


def _anomaly(
    kind: str,
    edition: str | None,
    line: int | None,
    detail: str,
    *,
    footnote: int | None = None,
    work_id: str | None = None,
) -> Row:
    place = "-".join(str(x) for x in (edition, line or footnote) if x is not None)
    slug = f"{kind.replace('_', '-')}-{place}" if place else kind.replace("_", "-")
    return {
        "anomaly_id": slug,
        "kind": kind,
        "edition": edition,
        "line": line,
        "footnote_en": footnote if edition == "en" else None,
        "footnote_fr": footnote if edition == "fr" else None,
        "work_id": work_id,
        "detail": detail,
    }


def anomaly_rows(app: Apparatus) -> list[Row]:
    """Every defect of the apparatus that code can find."""
    rows: list[Row] = []
    for code, edition in app.report.editions.items():
        markers = Counter(m.number for m in edition.markers)
        texts = Counter(n.number for n in edition.footnotes)
        for number, count in sorted(markers.items()):
            if count > 1:
                lines = sorted({m.line for m in edition.markers if m.number == number})
                rows.append(
                    _anomaly(
                        "duplicate_marker",
                        code,
                        lines[0],
                        f"marker {number} appears {count} times (lines "
                        f"{', '.join(map(str, lines))})",
                        footnote=number,
                    )
                )
            if number not in texts:
                rows.append(
                    _anomaly(
                        "marker_without_footnote",
                        code,
                        _first_marker(edition, number),
                        f"marker {number} has no footnote text",
                    )
                )
        for number, count in sorted(texts.items()):
            note = edition.footnote(number)
            assert note is not None
            if count > 1:
                rows.append(
                    _anomaly(
                        "footnote_number_reused",
                        code,
                        note.line,
                        f"footnote number {number} has {count} texts",
                        footnote=number,
                    )
                )
            if number not in markers:
                rows.append(
                    _anomaly(
                        "footnote_without_marker",
                        code,
                        note.line,
                        f"footnote {number} has no marker in the body",
                        footnote=number,
                    )
                )
        numbers = sorted(texts)
        for missing in sorted(set(range(1, max(numbers) + 1)) - set(numbers)):
            rows.append(
                _anomaly("footnote_numbering_gap", code, None, f"no footnote numbered {missing}")
            )
        entries = sorted(e.number for e in edition.bibliography)
        for missing in sorted(set(range(1, max(entries) + 1)) - set(entries)):
            following = next(e for e in edition.bibliography if e.number > missing)
            rows.append(
                _anomaly(
                    "bibliography_numbering_gap",
                    code,
                    following.line,
                    f"the bibliography skips entry number {missing}",
                )
            )
        for figure in edition.figures:
            rows.append(
                _anomaly(
                    "figure_missing",
                    code,
                    figure.line,
                    f"Figure {figure.number} has a caption but no figure in the "
                    "source (lost as an image in the conversion)",
                )
            )
        for number, reading in sorted(app.notes[code].items()):
            note = edition.footnote(number)
            assert note is not None
            for issue in _dedupe(reading.issues):
                rows.append(
                    _anomaly(
                        issue.kind,
                        code,
                        note.line,
                        issue.detail,
                        footnote=number,
                        work_id=issue.work_id,
                    )
                )
            for citation in reading.citations:
                work = next(w for w in app.works if w.id == citation.work_id)
                if code not in work.entries and not citation.via_ibid:
                    rows.append(
                        _anomaly(
                            "citation_not_in_bibliography",
                            code,
                            note.line,
                            f"footnote {number} cites {work.id}, which has no "
                            f"entry in the {code} bibliography",
                            footnote=number,
                            work_id=work.id,
                        )
                    )
    for code, number, line, holders in app.entry_holders:
        if len(holders) > 1:
            rows.append(
                _anomaly(
                    "two_works_in_one_entry",
                    code,
                    line,
                    f"bibliography entry {number} holds {len(holders)} works: "
                    + ", ".join(holders),
                    work_id=holders[1],
                )
            )
    cited = {c.work_id for notes in app.notes.values() for r in notes.values() for c in r.citations}
    for work in sorted(app.works, key=lambda w: w.id):
        if work.in_bibliography and work.id not in cited:
            for code, number in sorted(work.entries.items()):
                entry = next(
                    e for e in app.report.editions[code].bibliography if e.number == number
                )
                rows.append(
                    _anomaly(
                        "bibliography_entry_not_cited",
                        code,
                        entry.line,
                        f"entry {number} ({work.id}) is cited by no footnote",
                        work_id=work.id,
                    )
                )
        if {"en", "fr"} <= set(work.entries):
            urls = {}
            for code in ("en", "fr"):
                entry = next(
                    e
                    for e in app.report.editions[code].bibliography
                    if e.number == work.entries[code]
                )
                urls[code] = (entry.urls[0] if entry.urls else None, entry.line)
            if urls["en"][0] and urls["fr"][0] and _host(urls["en"][0]) != _host(urls["fr"][0]):
                rows.append(
                    _anomaly(
                        "bibliography_url_differs",
                        "en",
                        urls["en"][1],
                        f"{work.id}: English URL host {_host(urls['en'][0])}, "
                        f"French {_host(urls['fr'][0])}",
                        work_id=work.id,
                    )
                )
    ids = Counter(row["anomaly_id"] for row in rows)
    seen: Counter[str] = Counter()
    for row in rows:
        if ids[row["anomaly_id"]] > 1:
            seen[row["anomaly_id"]] += 1
            row["anomaly_id"] = f"{row['anomaly_id']}-{seen[row['anomaly_id']]}"
    return sorted(rows, key=lambda r: r["anomaly_id"])


def _host(url: str) -> str:
    return url.split("/")[2] if url.count("/") >= 2 else url


def _dedupe(issues: list[CitationIssue]) -> list[CitationIssue]:
    return list(dict.fromkeys(issues))


def apparatus_rows(app: Apparatus, source_file: str, sha256: str) -> dict[str, list[Row]]:
    """All apparatus tables, by name."""
    return {
        "editions": editions_rows(app, source_file, sha256),
        "sections": sections_rows(app),
        "footnotes_en": footnote_rows(app, "en"),
        "footnotes_fr": footnote_rows(app, "fr"),
        "bibliography": bibliography_rows(app),
        "citations": citation_rows(app),
        "footnote_alignment": alignment_rows(app),
        "exchange_rates": exchange_rate_rows(app),
        "anomalies": anomaly_rows(app),
    }
