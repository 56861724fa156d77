"""Closed vocabularies, patterns and date rules of the column spec (no imports beyond the
standard library)."""

from __future__ import annotations

import datetime as dt

TYPES = ("string", "integer", "number", "boolean", "date", "category")
EDITION_CODES = ("fr", "en")
SLUG = r"^[a-z0-9]+(?:[-.][a-z0-9]+)*$"
ISO_DATE_ANY_PRECISION = r"^\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?$"
ISO_4217 = r"^[A-Z]{3}$"
SHA256 = r"^[0-9a-f]{64}$"


FOOTNOTE_KINDS = ("citation", "ibid", "exchange_rate", "comment", "link")
WORK_KINDS = (
    "annual_report", "book", "book_chapter", "commentary", "company_report", "dataset",
    "government_document", "journal_article", "news_article", "policy_brief", "press_release",
    "reference_entry", "report", "unknown", "website", "working_paper",
)  # fmt: skip
ALIGNMENT_MATCHES = ("one_to_one", "split", "merged", "no_french_twin", "no_english_twin")
ANOMALY_KINDS = (
    "ambiguous_ibid", "author_spelling_variant", "bibliography_entry_not_cited",
    "bibliography_numbering_gap", "bibliography_url_differs", "citation_not_in_bibliography",
    "citation_year_mismatch", "duplicate_marker", "figure_missing", "footnote_number_reused",
    "footnote_numbering_gap", "footnote_without_marker", "ibid_without_antecedent",
    "marker_without_footnote", "two_works_in_one_entry", "first_person_sentence",
    "editorial_query", "text_slip",
)  # fmt: skip


ISO_PERIOD = (
    r"^\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?"
    r"(?:/\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?)?$"
)
QUALIFIERS = (
    "exact", "approximately", "at_least", "more_than", "up_to", "less_than", "almost",
    "plus_one_share", "minus_one_share", "range",
)  # fmt: skip
FIGURE_UNITS = (
    "percent", "count", "multiple", "rank", "km", "km_per_hour", "kg", "tonnes", "years",
    "months", "days", "hours", "seconds", "ratio",
)  # fmt: skip
CURRENCY_CODES = ("EUR", "USD", "RUB")
EXCLUSION_CATEGORIES = (
    "article", "date", "year", "duration_of_event", "section_reference", "name", "enumeration",
    "ordinal", "quotation", "bibliographic", "repeated_figure", "vague_magnitude", "other",
)  # fmt: skip
RECORD_TABLES = ("amounts", "figures", "exchange_rates")
CLAIM_VERBS = ("argues", "reports", "estimates", "states", "finds", "denies")
STATEMENT_KINDS = ("sentence", "table_cell", "caption")
TWIN_MATCHES = ("one_to_one", "split", "merged", "no_twin")
STATEMENT_STATUSES = ("covered", "excluded", "fewer_than_two_actors")
# Why a statement naming two or more entities has no record (statement exclusions).
STATEMENT_EXCLUSIONS = {
    "enumeration": "lists actors side by side (examples, members of a group) without stating a "
    "relation between them that no other record states",
    "comparison": "compares actors in general terms (rankings of countries, similarities) "
    "without a stated relation or quantity between them",
    "report_structure": "describes the report itself or announces what a chapter covers",
    "recommendation": "a recommendation or a scenario's expectation: the scenarios table holds it",
    "repetition": "restates what a record of another statement of the same edition already holds",
    "heading": "a table header, a figure caption or a title that names actors",
    "context": "general background naming actors without stating a relation, an event or a "
    "quantity between them",
}
NUMERAL_FORMS = ("digits", "cardinal", "ordinal", "fraction", "multiple", "magnitude")


ENTITY_SUBKINDS: dict[str, tuple[str, ...]] = {
    "organization": (
        "government_body", "ministry", "military", "state_company", "company", "startup",
        "bank", "university", "research_institute", "think_tank", "media", "ngo",
        "international_organization", "political_party", "investment_company",
        "investor_group", "other",
    ),
    "person": ("politician", "official", "executive", "researcher", "analyst", "journalist",
               "military_officer", "other"),
    "program": ("strategy", "plan", "program", "project", "initiative"),
    "law": ("law", "regulation", "agreement", "treaty", "other"),
    "weapons_system": ("drone", "air_defense", "armored_vehicle", "protection_system",
                       "missile", "robot", "aircraft", "torpedo", "other"),
    "product": ("software", "app", "platform", "hardware", "system"),
    "facility": ("laboratory", "research_center", "technopolis", "park", "institute"),
    "fund": ("sovereign_fund", "investment_fund", "venture_fund"),
    "recurring_event": ("forum", "exhibition", "sports_event", "conference",
                        "military_exercise"),
    "place": ("country", "region", "city"),
}  # fmt: skip
ENTITY_KINDS = tuple(ENTITY_SUBKINDS)
# What `entity_attributes` may say of an organization or a fund, and the values it may give.
OWNED_KINDS = ("organization", "fund")
OWNERSHIP_TYPES = ("state", "private", "mixed", "unknown")  # unknown: the report does not say
SECTORS = (
    "technology", "software", "ai_software", "computer_vision", "surveillance", "internet",
    "ecommerce",
    "telecommunications", "semiconductors", "electronics_hardware", "robotics",
    "cybersecurity", "banking", "investment", "financial_markets", "energy", "transport",
    "aerospace", "defence", "health", "media", "education_research", "government",
    "human_rights",
)  # fmt: skip
ENTITY_ATTRIBUTES = {"ownership_type": OWNERSHIP_TYPES[:-1], "sector": SECTORS}
ALL_SUBKINDS = tuple(sorted({s for subs in ENTITY_SUBKINDS.values() for s in subs}))
PREDICATES = (
    "owns", "subsidiary_of", "leads", "founded", "partner_of", "joint_venture_with",
    "acquired", "member_of", "drafted", "invested_in", "funds", "supplies", "uses",
    "developed", "sanctioned", "part_of", "located_in", "oversees", "signed_with",
    "tasked",
    "designated",
    "ally_of",
    "works_for",
    "family_of",
    "operates_in",
    "organizes",
    "represented_by",
    "manages_assets_of",
    "fund_of",
    "listed_on",
    "draws_data_from",
    "expands",
    "enacted",
    "applies_to",
    "tested_with",
    "tested_in",
    "routed_through",
    "assisted",
    "supports",
    "party_to",
    "reports_to",
    "rival_of",
    "follows_model_of",
    "other",
)  # fmt: skip
STAKE_QUALIFIERS = (
    "exact", "approximately", "plus_one_share", "minus_one_share", "full", "majority",
    "undisclosed", "unstated",
)  # fmt: skip
EVENT_KINDS = ("happened", "target", "period")
DIFFERENCE_CATEGORIES = (
    "figure_only_in_one_edition", "figure_differs", "qualifier_differs",
    "name_spelled_differently", "date_differs", "wording_differs",
    "clause_only_in_one_edition", "source_only_in_one_edition",
    "entity_only_in_one_edition", "relation_only_in_one_edition",
    "event_only_in_one_edition", "statement_only_in_one_edition", "numbers_differ",
    "claim_only_in_one_edition", "hedging_differs", "attribution_differs",
)  # fmt: skip
EDITIONS_PRESENT = ("both", "en", "fr")
FOOTNOTE_RULES = (
    "same_sentence", "attribution", "later_in_paragraph", "table_cell", "table_row",
    "table_next_line", "table_header", "in_footnote", "none",
)  # fmt: skip


def is_real_period(value: str) -> bool:
    """An ISO 8601 date (year, month or day precision) or START/END interval of dates that
    exist, the end not before the start (no 30 February, no 13th month)."""
    ends = []
    for part in value.split("/"):
        padded = part + "-01-01"[len(part) - 4 :] if len(part) < 10 else part
        try:
            ends.append(dt.date.fromisoformat(padded))
        except ValueError:
            return False
    return len(ends) == 1 or (len(ends) == 2 and ends[0] <= ends[1])


def period_bounds(period: str | None) -> tuple[dt.date | None, dt.date | None]:
    """First and last day a date, month, year or START/END interval covers:
    "2020-04" -> (2020-04-01, 2020-04-30); "2019/2024" -> (2019-01-01, 2024-12-31)."""
    if not period:
        return None, None
    first, _, last = period.partition("/")
    last = last or first
    start = dt.date.fromisoformat(first + "-01-01"[len(first) - 4 :] if len(first) < 10 else first)
    if len(last) == 4:
        end = dt.date(int(last), 12, 31)
    elif len(last) == 7:
        year, month = int(last[:4]), int(last[5:])
        following = dt.date(year + month // 12, month % 12 + 1, 1)
        end = following - dt.timedelta(days=1)
    else:
        end = dt.date.fromisoformat(last)
    return start, end


def period_precision(period: str | None) -> str | None:
    """year, month or day: the precision of a date or of the start of an interval."""
    if not period:
        return None
    return {4: "year", 7: "month", 10: "day"}[len(period.split("/")[0])]
