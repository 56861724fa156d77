"""Completeness: every numeral of both editions is captured by a record or excluded with a reason.

Numerals are found in the plain text of every body line (tables included) and every
footnote. A numeral is `captured` when it stands inside a located evidence span of a fact
(amounts, figures, exchange rates), `excluded` when it stands inside a curated exclusion
span or a match of an exclusion rule, and `uncovered` otherwise; the build refuses
uncovered numerals.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from importlib import resources

from .apparatus import Apparatus, Row
from .fact_tables import Located, locate_exclusion
from .facts import Exclusion
from .provenance import Location, spans_of

NUMERAL = re.compile(r"(?<![\w])\d+(?:[.,]\d+|['’ \u00a0\u202f]\d{3}(?!\d))*")


@dataclass(frozen=True)
class Rule:
    """A pattern that recognises numerals that are not facts."""

    id: str
    category: str
    reason: str
    pattern: re.Pattern[str]


def load_rules() -> list[Rule]:
    """`curated/exclusion_rules.toml`."""
    text = resources.files("ruchina_ai_data").joinpath("curated/exclusion_rules.toml")
    raw = tomllib.loads(text.read_text("utf-8"))
    return [
        Rule(r["id"], r["category"], r["reason"], re.compile(r["pattern"])) for r in raw["rule"]
    ]


class UncoveredNumerals(ValueError):
    """Numerals that no record captures and no exclusion explains."""


def _key(location: Location) -> tuple[str, int, int | None]:
    return (location.edition, location.line, location.in_footnote)


def coverage_rows(
    app: Apparatus, captured: list[Located], exclusions: list[Exclusion], rules: list[Rule]
) -> list[Row]:
    """One row per numeral of both editions, with what covers it."""
    by_text: dict[tuple[str, int, int | None], list[tuple[int, int, str, str, str]]] = {}
    for item in captured:
        loc = item.location
        by_text.setdefault(_key(loc), []).append(
            (loc.start, loc.end, "captured", f"{item.table}:{item.record_id}", "")
        )
    used_exclusions: set[str] = set()
    for exclusion in exclusions:
        for loc in locate_exclusion(app, exclusion).values():
            by_text.setdefault(_key(loc), []).append(
                (loc.start, loc.end, "excluded", f"span:{exclusion.id}", exclusion.reason)
            )
    rows: list[Row] = []
    for code in ("en", "fr"):
        footnote_lines = {n.line: n.number for n in app.report.editions[code].footnotes}
        for line, text in spans_of(app.report, code):
            note = footnote_lines.get(line) if _is_note(app, code, line, text) else None
            covers = by_text.get((code, line, note), [])
            rule_hits = [
                (m.start(), m.end(), rule) for rule in rules for m in rule.pattern.finditer(text)
            ]
            for match in NUMERAL.finditer(text):
                start, end = match.span()
                status, by, reason = "uncovered", None, None
                for a, b, kind, ref, why in covers:
                    if a <= start and end <= b:
                        status, by, reason = kind, ref, why or None
                        if kind == "captured":
                            break
                if status == "uncovered":
                    for a, b, rule in rule_hits:
                        if a <= start and end <= b:
                            status, by, reason = "excluded", f"rule:{rule.id}", rule.reason
                            break
                if by and by.startswith("span:"):
                    used_exclusions.add(by.split(":", 1)[1])
                rows.append(
                    {
                        "edition": code,
                        "line": line,
                        "footnote": note,
                        "offset": start,
                        "numeral": match.group(0),
                        "context": text[max(0, start - 40) : end + 40],
                        "status": status,
                        "covered_by": by,
                        "reason": reason,
                    }
                )
    unused = sorted({e.id for e in exclusions} - used_exclusions)
    if unused:
        raise UncoveredNumerals(f"exclusions that cover no numeral (stale?): {unused}")
    return rows


def _is_note(app: Apparatus, code: str, line: int, text: str) -> bool:
    return line not in app.report.editions[code].body_lines


def uncovered(rows: list[Row]) -> list[Row]:
    """The rows that nothing covers."""
    return [row for row in rows if row["status"] == "uncovered"]


def describe(rows: list[Row]) -> str:
    """Readable list of uncovered numerals, for errors and the CLI."""
    return "\n".join(
        f"  {r['edition']} line {r['line']}"
        + (f" (footnote {r['footnote']})" if r["footnote"] else "")
        + f": {r['numeral']!r} in …{r['context']}…"
        for r in rows
    )


def review(app: Apparatus, rate_rows: list[Row]) -> tuple[list[str], list[Row]]:
    """Check every curated fact and exclusion, collecting errors instead of stopping at the
    first; returns (errors, coverage rows of what could be placed). For curators."""
    from .fact_tables import locate_fact, located_spans
    from .facts import FactError, load_facts

    errors: list[str] = []
    try:
        facts, exclusions = load_facts()
    except FactError as error:
        return [str(error)], []
    placeable = []
    for fact in facts:
        try:
            locate_fact(app, fact)
            placeable.append(fact)
        except FactError as error:
            errors.append(str(error))
    good_exclusions = []
    for exclusion in exclusions:
        try:
            locate_exclusion(app, exclusion)
            good_exclusions.append(exclusion)
        except FactError as error:
            errors.append(str(error))
    spans = located_spans(app, placeable, rate_rows)
    try:
        rows = coverage_rows(app, spans, good_exclusions, load_rules())
    except UncoveredNumerals as error:
        errors.append(str(error))
        rows = []
    return errors, rows


def numeral_rows(coverage: list[Row]) -> list[Row]:
    """The published `numerals` table (no context: the report's text is not copied)."""
    rows = []
    for row in coverage:
        by = row["covered_by"] or ""
        table, _, record = by.partition(":")
        captured = row["status"] == "captured"
        rows.append(
            {
                "edition": row["edition"],
                "line": row["line"],
                "offset": row["offset"],
                "footnote": row["footnote"],
                "numeral": row["numeral"],
                "status": row["status"],
                "record_table": table if captured else None,
                "record_id": record if captured else None,
                "exclusion_id": None if captured else by,
            }
        )
    return sorted(rows, key=lambda r: (r["edition"] != "fr", r["line"], r["offset"]))


def exclusion_rows(
    coverage: list[Row], exclusions: list[Exclusion], rules: list[Rule]
) -> list[Row]:
    """The published `exclusions` table: rules and spans, with how many numerals each covers."""
    counts: dict[str, int] = {}
    for row in coverage:
        if row["status"] == "excluded":
            counts[row["covered_by"]] = counts.get(row["covered_by"], 0) + 1
    rows = [
        {
            "exclusion_id": f"rule:{r.id}",
            "category": r.category,
            "reason": r.reason,
            "pattern": r.pattern.pattern,
            "span_en": None,
            "span_fr": None,
            "numerals": counts.get(f"rule:{r.id}", 0),
        }
        for r in rules
    ] + [
        {
            "exclusion_id": f"span:{e.id}",
            "category": e.category,
            "reason": e.reason,
            "pattern": None,
            "span_en": e.span_en,
            "span_fr": e.span_fr,
            "numerals": counts.get(f"span:{e.id}", 0),
        }
        for e in exclusions
    ]
    idle = [r["exclusion_id"] for r in rows if not r["numerals"]]
    if idle:
        raise UncoveredNumerals(f"exclusions that cover no numeral: {idle}")
    return sorted(rows, key=lambda r: r["exclusion_id"])


def fact_rows(app: Apparatus, rate_rows: list[Row]) -> dict[str, list[Row]]:
    """amounts, figures, metrics, exclusions and numerals; refuses uncovered numerals."""
    from .fact_tables import amount_rows, figure_rows, located_spans, metric_rows
    from .facts import load_facts

    facts, exclusions = load_facts()
    rules = load_rules()
    coverage = coverage_rows(app, located_spans(app, facts, rate_rows), exclusions, rules)
    missing = uncovered(coverage)
    if missing:
        raise UncoveredNumerals(
            f"{len(missing)} numeral(s) of the report are neither captured by a record nor "
            "excluded with a reason (run `ruchina-ai-data coverage`):\n" + describe(missing)
        )
    return {
        "amounts": amount_rows(app, facts, rate_rows),
        "figures": figure_rows(app, facts),
        "metrics": metric_rows(facts),
        "exclusions": exclusion_rows(coverage, exclusions, rules),
        "numerals": numeral_rows(coverage),
    }
