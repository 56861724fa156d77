"""The derive stage as a whole: from the parsed report and the curated records to everything
the table builders need, each thing derived once."""

from __future__ import annotations

from dataclasses import dataclass

from ..curation.apparatus import RateRecord
from ..curation.attributes import Attribute
from ..curation.claims import Claim
from ..curation.curated import Curated
from ..curation.entities import Event, Relation
from ..curation.errors import CurationError
from ..curation.facts import Exclusion, Fact
from ..curation.scenarios import Difference, ScenarioItem
from ..curation.slips import Slip
from ..source.parser import Report
from ..source.pin import Source
from .alignment import Pair, align, summarise
from .bibliography import CitedWork, EntryHolders, join_entries
from .completeness import Cover, Numeral, coverage, refuse_uncovered
from .footnotes import Note, footnote_kinds, read_notes
from .located import Locator, Placed
from .mentions import EntityMentions, Mention, alias_occurrences, entity_mentions
from .paragraphs import Paragraph, paragraphs
from .provenance import NoteReading
from .rates import StatedRate, locate_rates, rate_of
from .sections import AlignedSection, align_sections, section_ids, section_of_line
from .sentences import SentenceSplitter
from .statements import Statement, cover_statements, split_statements
from .statements import refuse_uncovered as refuse_open_statements
from .texts import EditionTexts
from .twins import Twins, align_statements


@dataclass(frozen=True)
class Derived:
    """The output of the derive stage."""

    source: Source
    report: Report
    curated: Curated
    texts: dict[str, EditionTexts]
    section_of_line: dict[str, dict[int, str]]
    sections: dict[str, AlignedSection]
    notes: dict[str, dict[int, Note]]
    works: list[CitedWork]
    entry_holders: list[EntryHolders]
    alignment: list[Pair]
    rates: tuple[StatedRate, ...]
    facts: tuple[Placed[Fact], ...]
    rate_ids: dict[str, str | None]  # amount id -> the stated rate linking its currencies
    exclusions: tuple[Placed[Exclusion], ...]
    numerals: list[Numeral]
    alias_lines: dict[str, dict[str, list[int]]]  # edition -> spelling -> lines
    entity_mentions: dict[str, EntityMentions]
    relations: tuple[Placed[Relation], ...]
    events: tuple[Placed[Event], ...]
    scenarios: dict[str, Placed[ScenarioItem]]  # the items that have evidence spans
    differences: tuple[Placed[Difference], ...]
    claims: tuple[Placed[Claim], ...]
    paragraphs: dict[str, dict[int, Paragraph]]
    statements: dict[str, list[Statement]]  # edition -> statements in reading order
    twins: dict[str, Twins]  # statement id -> its twins in the other edition
    slips: tuple[Placed[Slip], ...] = ()
    attributes: tuple[Placed[Attribute], ...] = ()


def covers_of(
    facts: tuple[Placed[Fact], ...],
    rates: tuple[StatedRate, ...],
    exclusions: tuple[Placed[Exclusion], ...],
) -> list[Cover]:
    """Every located span that covers numerals: captures (facts, then rates) before
    exclusions."""
    covers = [
        Cover(loc, "captured", f"{p.record.table}:{p.record.id}")
        for p in facts
        for loc in p.locations.values()
    ]
    covers += [
        Cover(loc, "captured", f"exchange_rates:{r.rate_id}")
        for r in rates
        for loc in r.locations.values()
    ]
    covers += [
        Cover(loc, "excluded", f"span:{p.record.id}", p.record.reason)
        for p in exclusions
        for loc in p.locations.values()
    ]
    return covers


@dataclass(frozen=True)
class Apparatus:
    """What the report's apparatus gives the later steps: texts, sections, paragraphs,
    notes, sentences."""

    texts: dict[str, EditionTexts]
    ids: dict[str, dict[int, str]]
    section_of_line: dict[str, dict[int, str]]
    paragraphs: dict[str, dict[int, Paragraph]]
    notes: dict[str, dict[int, Note]]
    kinds: dict[str, dict[int, str]]
    reading: dict[str, NoteReading]
    splitter: SentenceSplitter

    def locator(self) -> Locator:
        """A locator of curated spans in this report."""
        return Locator(self.texts, self.reading, self.section_of_line, self.paragraphs)

    def locate_rates(self, records: tuple[RateRecord, ...]) -> tuple[StatedRate, ...]:
        """The stated rates, located in the rate notes."""
        return locate_rates(records, self.texts, self.kinds, self.section_of_line)


def read_apparatus(report: Report, curated: Curated) -> Apparatus:
    """Texts, section ids and footnote readings of both editions."""
    texts = {code: EditionTexts(report.editions[code]) for code in ("en", "fr")}
    ids = section_ids(report, curated.section_names)
    lines = {code: section_of_line(e, ids[code]) for code, e in report.editions.items()}
    notes = read_notes(report, curated.works, curated.citation_aliases, lines)
    kinds = {code: footnote_kinds(notes[code]) for code in notes}
    splitter = SentenceSplitter(curated.abbreviations)
    reading = {code: NoteReading(kinds[code], splitter, curated.attribution) for code in kinds}
    blocks = {code: paragraphs(code, texts[code], lines[code]) for code in texts}
    return Apparatus(texts, ids, lines, blocks, notes, kinds, reading, splitter)


DATED_CATEGORIES = ("year", "date", "duration_of_event", "repeated_figure")


def _dated(curated: Curated) -> set[str]:
    """Ids (as numerals name them) of the exclusions that set aside a year, a date, a
    duration or a repeated figure: numbers a statement still states."""
    return {f"rule:{r.id}" for r in curated.rules if r.category in DATED_CATEGORIES} | {
        f"span:{e.id}" for e in curated.exclusions if e.category in DATED_CATEGORIES
    }


def _statements(
    apparatus: Apparatus,
    mentions: dict[str, dict[str, list[Mention]]],
    records: list[tuple[str, Placed]],
    exclusions: tuple[Placed, ...],
    numerals: tuple[list[Numeral], set[str]],
) -> dict[str, list[Statement]]:
    """The statements of both editions, covered, named and excluded, with the numbers
    they state."""
    found = {}
    for code in ("en", "fr"):
        split = split_statements(
            code, apparatus.texts[code], apparatus.paragraphs[code], apparatus.splitter
        )
        every = [m for spelled in mentions[code].values() for m in spelled]
        mine = [(reference, p) for reference, p in records if code in p.locations]
        excluded = [p for p in exclusions if code in p.locations]
        mine_numerals = [n for n in numerals[0] if n.edition == code]
        found[code] = cover_statements(split, every, mine, excluded, (mine_numerals, numerals[1]))
    return found


def derive(source: Source, report: Report, curated: Curated, *, strict: bool = True) -> Derived:
    """Everything derived from the parse and the curated records; refuses a record that
    disagrees with the source, and (when `strict`) a numeral or a statement naming two
    entities that nothing covers."""
    works, holders = join_entries(report, curated.works)
    apparatus = read_apparatus(report, curated)
    notes = apparatus.notes
    alignment = align(
        [summarise(n) for n in notes["en"].values()], [summarise(n) for n in notes["fr"].values()]
    )
    rates = apparatus.locate_rates(curated.rates)
    locator = apparatus.locator()
    facts = tuple(locator.place(fact, fact.where) for fact in curated.facts)
    rate_ids = {
        p.record.id: rate_of(p.record, p.locations, rates)
        for p in facts
        if p.record.kind == "amount"
    }
    exclusions = tuple(locator.place(e, e.where, field="span") for e in curated.exclusions)
    numerals = coverage(apparatus.texts, covers_of(facts, rates, exclusions), curated.rules)
    if strict:
        refuse_uncovered(numerals)
    mentions = alias_occurrences(curated.entities, apparatus.texts)
    spellings = {
        code: {alias: [m.line for m in found] for alias, found in by_alias.items()}
        for code, by_alias in mentions.items()
    }
    sections = align_sections(report, apparatus.ids)
    for item in curated.scenarios:
        if item.section not in sections:
            raise CurationError(
                f"curated/scenarios.toml: item {item.id}: no section {item.section!r}"
            )
    relations = tuple(
        locator.place(r, f"curated/relations: relation {r.id}") for r in curated.relations
    )
    events = tuple(locator.place(e, f"curated/events: event {e.id}") for e in curated.events)
    scenarios = {
        s.id: locator.place(s, f"curated/scenarios.toml: item {s.id}")
        for s in curated.scenarios
        if s.evidence_en or s.evidence_fr
    }
    claims = tuple(locator.place(c, c.where) for c in curated.claims)
    records = [
        *((f"{p.record.table}:{p.record.id}", p) for p in facts),
        *((f"relations:{p.record.id}", p) for p in relations),
        *((f"events:{p.record.id}", p) for p in events),
        *((f"claims:{p.record.id}", p) for p in claims),
        *((f"scenarios:{i}", p) for i, p in scenarios.items()),
    ]
    statement_exclusions = tuple(
        locator.place(e, e.where, field="span") for e in curated.statement_exclusions
    )
    statements = _statements(
        apparatus, mentions, records, statement_exclusions, (numerals, _dated(curated))
    )
    if strict:
        refuse_open_statements([s for code in statements for s in statements[code]])
    return Derived(
        source=source,
        report=report,
        curated=curated,
        texts=apparatus.texts,
        section_of_line=apparatus.section_of_line,
        sections=sections,
        notes=notes,
        works=works,
        entry_holders=holders,
        alignment=alignment,
        rates=rates,
        facts=facts,
        rate_ids=rate_ids,
        exclusions=exclusions,
        numerals=numerals,
        alias_lines=spellings,
        entity_mentions=entity_mentions(curated.entities, spellings, apparatus.section_of_line),
        relations=relations,
        events=events,
        scenarios=scenarios,
        differences=tuple(locator.place(d, d.where, field="version") for d in curated.differences),
        slips=tuple(locator.place(s, s.where) for s in curated.slips),
        attributes=tuple(locator.place(a, a.where) for a in curated.attributes),
        claims=claims,
        paragraphs=apparatus.paragraphs,
        statements=statements,
        twins=align_statements(statements["en"], statements["fr"]),
    )
