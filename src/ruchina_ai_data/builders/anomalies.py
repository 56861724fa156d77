"""Builder of `anomalies`: every defect of the source apparatus that code can find
(numbering, markers, citations, bibliography, lost figures), none fixed silently."""

from __future__ import annotations

import re
from collections import Counter

from ..derive.derived import Derived
from ..source.parser import Edition
from .rows import Row

_QUERY = re.compile(r"\(\?\)")


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


def marker_anomalies(code: str, edition: Edition) -> list[Row]:
    """Markers printed twice or with no text; texts reused or with no marker; gaps."""
    rows = []
    markers = Counter(m.number for m in edition.markers)
    texts = Counter(n.number for n in edition.footnotes)
    for number, count in sorted(markers.items()):
        if count > 1:
            lines = sorted({m.line for m in edition.markers if m.number == number})
            detail = f"marker {number} appears {count} times (lines {', '.join(map(str, lines))})"
            rows.append(_anomaly("duplicate_marker", code, lines[0], detail, footnote=number))
        if number not in texts:
            detail = f"marker {number} has no footnote text"
            rows.append(
                _anomaly("marker_without_footnote", code, edition.first_marker_line(number), detail)
            )
    for number, count in sorted(texts.items()):
        note = edition.footnote(number)
        assert note is not None
        if count > 1:
            detail = f"footnote number {number} has {count} texts"
            rows.append(
                _anomaly("footnote_number_reused", code, note.line, detail, footnote=number)
            )
        if number not in markers:
            detail = f"footnote {number} has no marker in the body"
            rows.append(
                _anomaly("footnote_without_marker", code, note.line, detail, footnote=number)
            )
    for missing in sorted(set(range(1, max(texts, default=0) + 1)) - set(texts)):
        rows.append(
            _anomaly("footnote_numbering_gap", code, None, f"no footnote numbered {missing}")
        )
    return rows


def layout_anomalies(code: str, edition: Edition) -> list[Row]:
    """Bibliography numbers skipped; figures lost in the conversion."""
    rows = []
    entries = sorted(e.number for e in edition.bibliography)
    for missing in sorted(set(range(1, max(entries, default=0) + 1)) - set(entries)):
        following = next(e for e in edition.bibliography if e.number > missing)
        detail = f"the bibliography skips entry number {missing}"
        rows.append(_anomaly("bibliography_numbering_gap", code, following.line, detail))
    for figure in edition.figures:
        detail = (
            f"Figure {figure.number} has a caption but no figure in the source (lost as an "
            "image in the conversion)"
        )
        rows.append(_anomaly("figure_missing", code, figure.line, detail))
    return rows


def citation_anomalies(derived: Derived, code: str) -> list[Row]:
    """What the footnote reader found wrong, and works cited but missing from this
    edition's bibliography."""
    works = {w.id: w for w in derived.works}
    rows = []
    for number, note in sorted(derived.notes[code].items()):
        line = note.footnote.line
        for issue in dict.fromkeys(note.reading.issues):
            rows.append(
                _anomaly(
                    issue.kind, code, line, issue.detail, footnote=number, work_id=issue.work_id
                )
            )
        for citation in note.reading.citations:
            work = works[citation.work_id]
            if code not in work.entries and not citation.via_ibid:
                detail = (
                    f"footnote {number} cites {work.id}, which has no entry in the {code} "
                    "bibliography"
                )
                rows.append(
                    _anomaly(
                        "citation_not_in_bibliography", code, line, detail, footnote=number,
                        work_id=work.id,
                    )
                )  # fmt: skip
    return rows


def _host(url: str) -> str:
    return url.split("/")[2] if url.count("/") >= 2 else url


def bibliography_anomalies(derived: Derived) -> list[Row]:
    """Entries holding two works, entries no footnote cites, entries whose URL differs
    between the editions."""
    rows = []
    for holder in derived.entry_holders:
        if len(holder.work_ids) > 1:
            detail = (
                f"bibliography entry {holder.entry.number} holds {len(holder.work_ids)} works: "
                + ", ".join(holder.work_ids)
            )
            rows.append(
                _anomaly(
                    "two_works_in_one_entry", holder.edition, holder.entry.line, detail,
                    work_id=holder.work_ids[1],
                )
            )  # fmt: skip
    cited = {
        c.work_id
        for notes in derived.notes.values()
        for n in notes.values()
        for c in n.reading.citations
    }
    entries = {
        (code, e.number): e for code, ed in derived.report.editions.items() for e in ed.bibliography
    }
    for work in sorted(derived.works, key=lambda w: w.id):
        if work.in_bibliography and work.id not in cited:
            for code, number in sorted(work.entries.items()):
                detail = f"entry {number} ({work.id}) is cited by no footnote"
                line = entries[(code, number)].line
                rows.append(
                    _anomaly("bibliography_entry_not_cited", code, line, detail, work_id=work.id)
                )
        if {"en", "fr"} <= set(work.entries):
            en, fr = entries[("en", work.entries["en"])], entries[("fr", work.entries["fr"])]
            if en.urls and fr.urls and _host(en.urls[0]) != _host(fr.urls[0]):
                detail = (
                    f"{work.id}: English URL host {_host(en.urls[0])}, French {_host(fr.urls[0])}"
                )
                rows.append(
                    _anomaly("bibliography_url_differs", "en", en.line, detail, work_id=work.id)
                )
    return rows


def first_person_anomalies(derived: Derived) -> list[Row]:
    """Statements with no twin in the other edition that address the reader in the first
    person singular: what they are is recorded, not why."""
    rows = []
    for code, statements in derived.statements.items():
        words = derived.curated.first_person[code]
        pattern = re.compile(r"(?<!\w)(?:" + "|".join(re.escape(w) for w in words) + r")(?!\w)")
        other = "French" if code == "en" else "English"
        for statement in statements:
            found = pattern.search(statement.text)
            if found is None or derived.twins[statement.id].match != "no_twin":
                continue
            detail = (
                f"statement {statement.id} addresses the reader in the first person "
                f"('{found.group(0)}', in a sentence opening '{statement.text[:40]}') and has no "
                f"{other} counterpart"
            )
            rows.append(_anomaly("first_person_sentence", code, statement.line, detail))
    return rows


def text_anomalies(derived: Derived) -> list[Row]:
    """Bracketed queries "(?)" an editor left in the body, and the curated slips of the text,
    one row per edition that prints them."""
    rows = []
    for code, texts in derived.texts.items():
        for item in texts.body:
            for _ in _QUERY.finditer(item.text):
                detail = "a bracketed query '(?)' is left in the text"
                rows.append(_anomaly("editorial_query", code, item.line, detail))
    for placed in derived.slips:
        for code, location in placed.locations.items():
            detail = f"{placed.record.id}: {placed.record.detail}"
            rows.append(_anomaly("text_slip", code, location.line, detail))
    return rows


def _unique_ids(rows: list[Row]) -> list[Row]:
    """Number the ids that two anomalies share, in the order found; sort by id."""
    ids = Counter(row["anomaly_id"] for row in rows)
    seen: Counter[str] = Counter()
    for row in rows:
        if ids[row["anomaly_id"]] > 1:
            seen[row["anomaly_id"]] += 1
            row["anomaly_id"] = f"{row['anomaly_id']}-{seen[row['anomaly_id']]}"
    return sorted(rows, key=lambda r: r["anomaly_id"])


def anomaly_rows(derived: Derived) -> list[Row]:
    """Every defect of the apparatus that code can find."""
    rows: list[Row] = []
    for code, edition in derived.report.editions.items():
        rows += marker_anomalies(code, edition)
        rows += layout_anomalies(code, edition)
        rows += citation_anomalies(derived, code)
    rows += bibliography_anomalies(derived)
    rows += first_person_anomalies(derived)
    rows += text_anomalies(derived)
    return _unique_ids(rows)
