"""The rules that derive provenance, each pinned on a tiny hand-made report.

Which footnote carries a fact, how the editions' footnotes align, which defects of the
apparatus are reported, what a bibliography entry says and which works it holds, and how
every numeral is covered. No test reads the real report: each builds a few lines of markdown.
"""

from __future__ import annotations

import re
from decimal import Decimal

import pytest

from ruchina_ai_data.builders.anomalies import layout_anomalies, marker_anomalies
from ruchina_ai_data.curation.errors import CurationError
from ruchina_ai_data.curation.facts import ExclusionRule
from ruchina_ai_data.curation.works import Work
from ruchina_ai_data.derive.alignment import NoteSummary, Pair, align, similarity
from ruchina_ai_data.derive.bibliography import join_entries, parse_entry
from ruchina_ai_data.derive.completeness import (
    Cover,
    UncoveredNumerals,
    coverage,
    refuse_uncovered,
)
from ruchina_ai_data.derive.provenance import Location, SpanError, locate_span
from ruchina_ai_data.derive.texts import EditionTexts
from ruchina_ai_data.source.parser import BibEntry, Report, parse_report

FR_HEAD = "## Titre\n\n## Introduction\n\n"
EN_HEAD = "# English title\n\n**Author: A**\n\n## Introduction\n\n"
CITING = {n: "citation" for n in range(1, 10)}


def make_report(en: str, fr: str = "Un texte.\n") -> Report:
    """A two-edition report whose bodies (after an Introduction heading) are `fr` and `en`."""
    return parse_report(FR_HEAD + fr + "\n" + EN_HEAD + en)


def line_of(report: Report, start: str) -> int:
    """The 1-based line of the only raw line that starts with `start`."""
    found = [i for i, text in enumerate(report.lines, 1) if text.startswith(start)]
    assert len(found) == 1, (start, found)
    return found[0]


def locate(en: str, span: str, kinds: dict[int, str] | None = None, **options) -> Location:
    """Where `span` stands in the English edition of a report whose English body is `en`."""
    texts = EditionTexts(make_report(en).editions["en"])
    return locate_span(texts, "en", span, kinds=CITING if kinds is None else kinds, **options)


# 1. Which footnote carries a fact -------------------------------------------------------

PARAGRAPH = """Before<sup>1</sup> the budget was 5 billion and then<sup>2</sup> more<sup>3</sup>.

<sup>1</sup> A, 2019.

<sup>2</sup> B, 2020.

<sup>3</sup> C, 2021.
"""


def test_running_text_takes_the_first_citing_marker_after_the_span():
    assert locate(PARAGRAPH, "5 billion") == Location(
        edition="en",
        line=13,
        start=22,
        end=31,
        section=None,
        footnote=2,
        rate_footnote=None,
        in_footnote=None,
        rule="same_sentence",
    )


def test_running_text_never_takes_a_marker_before_the_span():
    body = "Before<sup>1</sup> the budget was 5 billion.\n\n<sup>1</sup> A, 2019.\n"
    assert locate(body, "5 billion").footnote is None


@pytest.mark.parametrize(
    ("kind", "expected"),
    [("citation", 2), ("ibid", 2), ("link", 2), ("comment", 3), ("exchange_rate", 3)],
)
def test_only_citing_kinds_carry_a_fact(kind, expected):
    kinds = {1: "citation", 2: kind, 3: "citation"}
    assert locate(PARAGRAPH, "5 billion", kinds).footnote == expected


def test_rate_marker_right_after_the_span_in_its_sentence_is_the_rate_note():
    body = """It cost 5 billion roubles<sup>1</sup> in total<sup>2</sup>.

<sup>1</sup> 1 EUR = 80 RUB.

<sup>2</sup> B, 2020.
"""
    found = locate(body, "5 billion", {1: "exchange_rate", 2: "citation"})
    assert (found.footnote, found.rate_footnote) == (2, 1)


def test_rate_marker_after_a_sentence_end_is_not_the_rate_note():
    body = """It cost 5 billion roubles. Then it grew<sup>1</sup> in total<sup>2</sup>.

<sup>1</sup> 1 EUR = 80 RUB.

<sup>2</sup> B, 2020.
"""
    found = locate(body, "5 billion", {1: "exchange_rate", 2: "citation"})
    assert (found.footnote, found.rate_footnote) == (2, None)


@pytest.mark.parametrize(
    "next_line, rate",
    [("roubles<sup>1</sup> in total.", 1), ("roubles. Then it grew<sup>1</sup>.", None)],
)
def test_rate_marker_on_the_next_line_after_a_page_break(next_line, rate):
    body = f"It cost 5 billion\n\n{next_line}\n\n<sup>1</sup> 1 EUR = 80 RUB.\n"
    found = locate(body, "5 billion", {1: "exchange_rate"})
    assert found.rate_footnote == rate


def test_rate_marker_behind_another_marker_is_not_the_rate_note():
    body = """It cost 5 billion<sup>2</sup> roubles<sup>1</sup>.

<sup>1</sup> 1 EUR = 80 RUB.

<sup>2</sup> B, 2020.
"""
    found = locate(body, "5 billion", {1: "exchange_rate", 2: "citation"})
    assert (found.footnote, found.rate_footnote) == (2, None)


def test_paragraph_cut_by_a_page_break_takes_the_marker_of_the_next_body_line():
    body = """It cost 5 billion roubles in the

next year the sum grew<sup>4</sup>.

<sup>4</sup> B, 2020.
"""
    found = locate(body, "5 billion", {4: "citation"})
    assert (found.line, found.footnote) == (13, 4)


def test_paragraph_closed_by_a_full_stop_does_not_run_on():
    body = """It cost 5 billion roubles in the year.

Next year the sum grew<sup>4</sup>.

<sup>4</sup> B, 2020.
"""
    assert locate(body, "5 billion", {4: "citation"}).footnote is None


def test_paragraph_cut_before_a_table_row_does_not_run_into_the_table():
    body = """It cost 5 billion roubles in the

Budget\t<ul><li>Lab: big<sup>1</sup></li></ul>

<sup>1</sup> B, 2020.
"""
    assert locate(body, "5 billion").footnote is None


def row(label: str, *items: str) -> str:
    """A profile-table row: a label, a tab, then a list of items."""
    return f"{label}\t<ul>" + "".join(f"<li>{item}</li>" for item in items) + "</ul>"


FUNDING = "Funding: 5 billion<sup>5</sup> from the state<sup>1</sup>"
TABLE = f"""{row("Budget", FUNDING, "Staff: 300 people<sup>2</sup>")}

{row("Staff", "Engineers: 40.")}

<sup>1</sup> A.

<sup>2</sup> B.

<sup>5</sup> C.
"""


def test_table_cell_takes_the_first_citing_marker_after_the_span_in_its_item():
    kinds = {1: "citation", 2: "citation", 5: "comment"}
    assert locate(TABLE, "5 billion", kinds).footnote == 1
    assert locate(TABLE, "300 people", kinds).footnote == 2


def test_table_cell_without_a_marker_after_the_span_takes_the_nearest_before_it():
    items = ("Lab<sup>1</sup>: big<sup>3</sup>", "Staff: 300 people", "Site: Moscow<sup>2</sup>")
    body = f"""{row("Budget", *items)}

<sup>1</sup> A.

<sup>2</sup> B.

<sup>3</sup> C.
"""
    assert locate(body, "300 people").footnote == 3


def test_table_row_without_markers_takes_the_last_marker_of_the_rows_above():
    found = locate(TABLE, "Engineers: 40", {1: "citation", 2: "citation", 5: "comment"})
    assert (found.line, found.footnote) == (15, 2)


def test_table_row_does_not_look_above_a_paragraph_of_running_text():
    body = """Budget\t<ul><li>Staff: 300 people<sup>2</sup></li></ul>

Some running text.

Staff\t<ul><li>Engineers: 40.</li></ul>

<sup>2</sup> B.
"""
    assert locate(body, "Engineers: 40").footnote is None


def test_table_marker_closing_a_note_aside_is_skipped():
    body = """Budget\t<ul><li>Lab<sup>3</sup>: 5 billion (Note: see the annex<sup>1</sup>)</li></ul>

<sup>1</sup> A.

<sup>3</sup> C.
"""
    assert locate(body, "5 billion").footnote == 3


@pytest.mark.parametrize(
    "cell, footnote",
    [
        ("Lab<sup>3</sup>: 5 billion (Note: see the annex).<sup>1</sup>", 3),
        ("Lab<sup>3</sup>: 5 billion (Note: see the annex) for the campus<sup>1</sup>", 1),
    ],
)
def test_a_marker_after_a_closed_note_aside_cites_the_aside_only_when_it_closes_it(cell, footnote):
    body = f"Budget\t<ul><li>{cell}</li></ul>\n\n<sup>1</sup> A.\n\n<sup>3</sup> C.\n"
    assert locate(body, "5 billion").footnote == footnote


def test_table_cell_cut_by_a_page_break_takes_the_first_marker_of_the_next_line():
    body = """Budget\t<ul><li>Lab: 5 billion for the

new campus<sup>4</sup></li></ul>

<sup>4</sup> D.
"""
    assert locate(body, "5 billion").footnote == 4


NOTES_14 = "<sup>1</sup> A.\n\n<sup>4</sup> D.\n"


@pytest.mark.parametrize(
    "after",
    [
        "Other companies<sup>4</sup> work on AI.",  # a closed list does not run on
        "## 2. Next\n\nOther companies<sup>4</sup> work on AI.",  # nor across a heading
    ],
)
def test_a_closed_table_row_does_not_take_the_next_paragraphs_marker(after):
    body = (
        "Head\t<ul><li>Label<sup>1</sup></li></ul>\n"
        f"Management\t<ul><li>CEO: A. Gref</li></ul>\n\n{after}\n\n" + NOTES_14
    )
    found = locate(body, "CEO: A. Gref")
    assert (found.footnote, found.rule) == (1, "table_header")


def test_a_cell_cut_before_a_heading_does_not_run_on_into_the_next_section():
    body = (
        "Head\t<ul><li>Label<sup>1</sup></li></ul>\nBudget\t<p>Lab: 5 billion for the\n\n"
        "## 2. Next\n\nnew campus<sup>4</sup>.\n\n" + NOTES_14
    )
    assert locate(body, "5 billion").rule == "table_header"


def test_a_cell_cut_by_a_page_break_skips_a_note_aside_on_the_next_line():
    body = (
        "Head\t<ul><li>Label<sup>1</sup></li></ul>\nFounders\t<ul><li>A. Kabakov\n\n"
        "\tNote : Wired says so<sup>4</sup>.\n\n" + NOTES_14
    )
    found = locate(body, "A. Kabakov")
    assert (found.footnote, found.rule) == (1, "table_header")


def test_span_in_a_footnote_text_is_carried_by_that_footnote():
    body = "Text<sup>1</sup>.\n\n<sup>1</sup> Kania, 2017, p. 9\n"
    report = make_report(body)
    sections = {line_of(report, "Text"): "intro", line_of(report, "<sup>1</sup>"): "notes"}
    found = locate_span(
        EditionTexts(report.editions["en"]), "en", "p. 9", kinds=CITING, section_of_line=sections
    )
    # The section is the one of the marker, not of the footnote text.
    assert found == Location("en", 15, 13, 17, "intro", 1, None, 1, "in_footnote")


def test_section_of_a_span_in_running_text_is_the_section_of_its_line():
    report = make_report(PARAGRAPH)
    found = locate_span(
        EditionTexts(report.editions["en"]),
        "en",
        "5 billion",
        kinds=CITING,
        section_of_line={13: "1.2", 15: "notes"},
    )
    assert found.section == "1.2"


def test_in_footnotes_only_ignores_the_body():
    body = "In 2017 it grew<sup>1</sup>.\n\n<sup>1</sup> Kania, 2017, p. 9\n"
    found = locate(body, "2017", in_footnotes_only=True)
    assert (found.line, found.start, found.in_footnote, found.footnote) == (15, 7, 1, 1)


def test_span_not_in_the_edition_is_refused():
    with pytest.raises(SpanError, match="not found in the en edition: '7 billion'"):
        locate(PARAGRAPH, "7 billion")


def test_span_found_twice_asks_for_a_context():
    body = "It cost 5 billion.\n\nLater, it grew to 5 billion.\n"
    with pytest.raises(
        SpanError,
        match=r"found 2 times in the en edition \(lines 13, 15\); give a longer `context_en`",
    ):
        locate(body, "5 billion")


def test_context_picks_the_occurrence_it_holds():
    body = "It cost 5 billion.\n\nLater, it grew to 5 billion.\n"
    found = locate(body, "5 billion", context="grew to 5 billion")
    assert (found.line, found.start, found.end) == (15, 18, 27)


def test_context_must_hold_the_span_and_stand_once():
    body = "It cost 5 billion.\n\nLater, it cost 5 billion.\n"
    with pytest.raises(SpanError, match="does not contain the span"):
        locate(body, "5 billion", context="cost 6 billion")
    with pytest.raises(SpanError, match=r"context found 2 times \(13, 15\) in the en edition"):
        locate(body, "5 billion", context="cost 5 billion")


def test_span_longer_than_160_characters_is_refused():
    sentence = "".join(f"w{i:03d} " for i in range(40))  # 200 characters, no repeat
    body = sentence.strip() + ".\n"
    assert locate(body, sentence[:160]).start == 0
    with pytest.raises(SpanError, match="161 characters, more than 160"):
        locate(body, sentence[:161])


# 2. Alignment of footnotes --------------------------------------------------------------


def note(
    number: int,
    works: tuple[str, ...] = (),
    pages: tuple[str, ...] = (),
    *,
    kind: str = "citation",
    section: str | None = "1",
    numbers: tuple[str, ...] = (),
) -> NoteSummary:
    return NoteSummary(number, kind, section, works, pages, frozenset(Decimal(n) for n in numbers))


def test_notes_citing_the_same_works_match_one_to_one():
    en = [note(1, ("a",), ("3",)), note(2, ("b",), ("4",))]
    fr = [note(1, ("a",), ("3",)), note(2, ("b",), ("4",))]
    assert align(en, fr) == [
        Pair(1, 1, "one_to_one", "1", 1.0, ("a",)),
        Pair(2, 2, "one_to_one", "1", 1.0, ("b",)),
    ]


def test_english_note_split_in_two_french_notes():
    en = [note(1, ("a",), ("3", "4")), note(2, ("b",))]
    fr = [note(1, ("a",), ("3",)), note(2, ("a",), ("4",)), note(3, ("b",))]
    assert align(en, fr) == [
        Pair(1, 1, "split", "1", 0.85, ("a",)),
        Pair(1, 2, "split", "1", 0.85, ("a",)),
        Pair(2, 3, "one_to_one", "1", 1.0, ("b",)),
    ]


def test_two_english_notes_merged_in_one_french_note():
    en = [note(1, ("a",), ("3",)), note(2, ("a",), ("4",))]
    fr = [note(1, ("a",), ("3", "4"))]
    assert [(p.footnote_en, p.footnote_fr, p.match) for p in align(en, fr)] == [
        (1, 1, "merged"),
        (2, 1, "merged"),
    ]


def test_english_only_note_has_no_french_twin_in_reading_order():
    en = [note(1, ("a",)), note(2, ("c",)), note(3, ("b",))]
    fr = [note(1, ("a",)), note(2, ("b",))]
    assert [(p.footnote_en, p.footnote_fr, p.match, p.score) for p in align(en, fr)] == [
        (1, 1, "one_to_one", 1.0),
        (2, None, "no_french_twin", None),
        (3, 2, "one_to_one", 1.0),
    ]


def test_french_only_note_has_no_english_twin_in_reading_order():
    en = [note(1, ("a",)), note(2, ("b",))]
    fr = [note(1, ("a",)), note(2, ("d",)), note(3, ("b",))]
    assert [(p.footnote_en, p.footnote_fr, p.match) for p in align(en, fr)] == [
        (1, 1, "one_to_one"),
        (None, 2, "no_english_twin"),
        (2, 3, "one_to_one"),
    ]


def test_notes_of_different_sections_never_match():
    en, fr = note(1, ("a",), ("3",), section="1"), note(1, ("a",), ("3",), section="2")
    assert similarity(en, fr) == 0.0
    assert align([en], [fr]) == [
        Pair(1, None, "no_french_twin", "1", None, ()),
        Pair(None, 1, "no_english_twin", "2", None, ()),
    ]


def test_exchange_rate_notes_match_by_their_numbers():
    en = [
        note(1, kind="exchange_rate", numbers=("80",)),
        note(2, kind="exchange_rate", numbers=("90",)),
    ]
    fr = [note(1, kind="exchange_rate", numbers=("90",))]
    assert [(p.footnote_en, p.footnote_fr, p.match) for p in align(en, fr)] == [
        (1, None, "no_french_twin"),
        (2, 1, "one_to_one"),
    ]
    rate, comment = (
        note(1, kind="exchange_rate", numbers=("80",)),
        note(1, kind="comment", numbers=("80",)),
    )
    assert similarity(rate, comment) == 0.0


def test_similarity_weighs_works_then_pages():
    assert similarity(note(1, ("a",), ("3",)), note(1, ("a",), ("4",))) == 0.7
    assert similarity(note(1, ("a", "b"), ("3",)), note(1, ("a",), ("3",))) == 0.65
    assert similarity(note(1, ("a",), ("3",)), note(1, ("b",), ("3",))) == 0.0
    assert similarity(note(1, ("a",)), note(1, kind="comment")) == 0.0
    comments = note(1, kind="comment", numbers=("5", "6")), note(1, kind="comment", numbers=("5",))
    assert similarity(*comments) == 0.5


def test_notes_below_the_threshold_stay_apart():
    en, fr = note(1, ("a", "b", "c", "d"), ("1",)), note(1, ("a",), ("2",))
    assert similarity(en, fr) == 0.175
    assert [p.match for p in align([en], [fr])] == ["no_french_twin", "no_english_twin"]


# 3. Anomaly detection -------------------------------------------------------------------

DEFECTS = """One<sup>1</sup> two<sup>1</sup>.

Three<sup>2</sup> and<sup>1</sup> five<sup>5</sup>.

*Figure 2: A chart of things*

---

<sup>1</sup> A.

<sup>2</sup> B.

<sup>2</sup> B again.

<sup>3</sup> C.

<sup>6</sup> F.

## Bibliography

1. A, B. (2019). *T*.
2. C, D. (2020). *U*.
4. E, F. (2021). *V*.
"""


@pytest.fixture(scope="module")
def defects() -> Report:
    return make_report(DEFECTS)


def _rows(rows: list[dict], kind: str) -> list[tuple]:
    return [
        (r["anomaly_id"], r["edition"], r["line"], r["footnote_en"], r["detail"])
        for r in rows
        if r["kind"] == kind
    ]


def test_duplicate_marker_is_reported_at_its_first_line(defects):
    rows = marker_anomalies("en", defects.editions["en"])
    assert _rows(rows, "duplicate_marker") == [
        ("duplicate-marker-en-13", "en", 13, 1, "marker 1 appears 3 times (lines 13, 15)")
    ]


def test_marker_without_footnote_text(defects):
    rows = marker_anomalies("en", defects.editions["en"])
    assert _rows(rows, "marker_without_footnote") == [
        ("marker-without-footnote-en-15", "en", 15, None, "marker 5 has no footnote text")
    ]


def test_footnote_text_without_marker(defects):
    rows = marker_anomalies("en", defects.editions["en"])
    assert _rows(rows, "footnote_without_marker") == [
        ("footnote-without-marker-en-27", "en", 27, 3, "footnote 3 has no marker in the body"),
        ("footnote-without-marker-en-29", "en", 29, 6, "footnote 6 has no marker in the body"),
    ]


def test_footnote_number_printed_with_two_texts_is_reported_at_the_first(defects):
    rows = marker_anomalies("en", defects.editions["en"])
    assert _rows(rows, "footnote_number_reused") == [
        ("footnote-number-reused-en-23", "en", 23, 2, "footnote number 2 has 2 texts")
    ]


def test_gap_in_footnote_numbering(defects):
    rows = marker_anomalies("en", defects.editions["en"])
    assert _rows(rows, "footnote_numbering_gap") == [
        ("footnote-numbering-gap-en", "en", None, None, "no footnote numbered 4"),
        ("footnote-numbering-gap-en", "en", None, None, "no footnote numbered 5"),
    ]


def test_gap_in_bibliography_numbering_is_reported_at_the_entry_after_it(defects):
    rows = layout_anomalies("en", defects.editions["en"])
    assert _rows(rows, "bibliography_numbering_gap") == [
        (
            "bibliography-numbering-gap-en-35",
            "en",
            35,
            None,
            "the bibliography skips entry number 3",
        )
    ]


def test_figure_caption_without_figure(defects):
    rows = layout_anomalies("en", defects.editions["en"])
    assert _rows(rows, "figure_missing") == [
        (
            "figure-missing-en-17",
            "en",
            17,
            None,
            "Figure 2 has a caption but no figure in the source (lost as an image in the "
            "conversion)",
        )
    ]


def test_french_figure_caption_with_a_space_before_the_colon():
    fr = "*Figure 3 : Un graphique*\n\n## Bibliographie\n\n1. A, B. (2019). *T*.\n"
    report = make_report("Text.\n", fr)
    rows = layout_anomalies("fr", report.editions["fr"])
    assert [(r["anomaly_id"], r["kind"], r["line"]) for r in rows] == [
        ("figure-missing-fr-5", "figure_missing", 5)
    ]


def test_sound_apparatus_has_no_anomaly():
    body = """One<sup>1</sup> two<sup>2</sup>.

<sup>1</sup> A.

<sup>2</sup> B.

## Bibliography

1. A, B. (2019). *T*.
2. C, D. (2020). *U*.
"""
    edition = make_report(body).editions["en"]
    assert marker_anomalies("en", edition) == []
    assert layout_anomalies("en", edition) == []


# 4. Bibliography entries ----------------------------------------------------------------


def entry(markdown: str, number: int = 1) -> BibEntry:
    """The first entry of an English bibliography made of this one line."""
    report = make_report(f"Text.\n\n## Bibliography\n\n{number}. {markdown}\n")
    (found,) = report.editions["en"].bibliography
    return found


def test_journal_article():
    parsed = parse_entry(
        entry(
            "Kania, E. B. (2019). Chinese military innovation in AI. *Journal of Strategic "
            "Studies*, 42(3), 1-20. Retrieved from: <https://example.org/kania>"
        )
    )
    assert parsed == {
        "authors": "Kania, E. B",
        "date": "2019",
        "title": "Chinese military innovation in AI",
        "container": "Journal of Strategic Studies",
        "url": "https://example.org/kania",
        "doi": None,
    }


def test_book_with_an_italic_title():
    parsed = parse_entry(
        entry(
            "Allen, G. (2019). *Understanding China's AI strategy*. Center for a New American "
            "Security. Retrieved from: <https://www.cnas.org/report>"
        )
    )
    assert parsed == {
        "authors": "Allen, G",
        "date": "2019",
        "title": "Understanding China's AI strategy",
        "container": "Center for a New American Security",
        "url": "https://www.cnas.org/report",
        "doi": None,
    }


def test_chapter_title_stops_where_the_book_begins():
    parsed = parse_entry(
        entry("Bendett, S. (2020). Russia's AI ambitions. In *The AI Race* (pp. 10-20). Routledge.")
    )
    assert (parsed["title"], parsed["container"]) == ("Russia's AI ambitions", "The AI Race")


def test_date_with_day_and_month():
    parsed = parse_entry(entry("Putin, V. (2020, April 20). Speech at the forum. *Kremlin*."))
    assert (parsed["date"], parsed["title"], parsed["container"]) == (
        "2020-04-20",
        "Speech at the forum",
        "Kremlin",
    )


@pytest.mark.parametrize(
    ("printed", "iso"),
    [("2021, 10 juin", "2021-06-10"), ("2020, 1er mars", "2020-03-01"), ("2020, mars", "2020-03")],
)
def test_french_dates(printed, iso):
    parsed = parse_entry(entry(f"Seyringer, B. ({printed}). Titre de l'article. *Le Monde*."))
    assert (parsed["authors"], parsed["date"], parsed["title"]) == (
        "Seyringer, B",
        iso,
        "Titre de l'article",
    )


def test_undated_entry_has_no_date():
    parsed = parse_entry(entry("Smith, J. (n.d.). Is AI coming? *Wired*."))
    assert (parsed["date"], parsed["title"], parsed["container"]) == (
        None,
        "Is AI coming?",
        "Wired",
    )


def test_doi_is_read_from_a_doi_url():
    parsed = parse_entry(
        entry(
            "Kania, E. B. (2019). Title. *Journal*. Retrieved from: "
            "<https://doi.org/10.1080/01402390.2019.1234567>"
        )
    )
    assert (parsed["url"], parsed["doi"]) == (
        "https://doi.org/10.1080/01402390.2019.1234567",
        "10.1080/01402390.2019.1234567",
    )


def test_press_release_tag_is_cut_from_the_title():
    parsed = parse_entry(
        entry(
            "Sberbank. (2021). Sberbank launches AI lab [Press release]. Retrieved from: "
            "<https://example.org/sber>"
        )
    )
    assert (parsed["authors"], parsed["title"], parsed["container"]) == (
        "Sberbank",
        "Sberbank launches AI lab",
        None,
    )
    built = BibEntry(
        5,
        1,
        "5. Sberbank. (2021). Sberbank launches AI lab [Press release]. Sberbank PJSC.",
        "Sberbank. (2021). Sberbank launches AI lab [Press release]. Sberbank PJSC.",
        (),
    )
    assert (parse_entry(built)["title"], parse_entry(built)["container"]) == (
        "Sberbank launches AI lab",
        "Sberbank PJSC",
    )


def test_entry_opening_with_a_quoted_title_has_no_author():
    parsed = parse_entry(entry('"Whoever leads in AI will rule the world". (2017). *RT*.'))
    assert (parsed["authors"], parsed["title"], parsed["date"], parsed["container"]) == (
        None,
        "Whoever leads in AI will rule the world",
        "2017",
        "RT",
    )


ALLEN_2019 = "Allen, G. (2019). *Understanding AI*. CNAS. Retrieved from: <https://b.org/2>"
ALLEN_2020 = "Allen, G. (2020). *Second report*. CNAS. Retrieved from: <https://b.org/3>"
EN_BIB = f"""1. Kania, E. B. (2019). Chinese military innovation. *Journal*. Retrieved from: <https://a.org/1>
2. {ALLEN_2019}; {ALLEN_2020}
3. "Whoever leads in AI will rule the world". (2017). *RT*. Retrieved from: <https://rt.com/x>
4. Kania, E. B. (2017). Battlefield singularity. *CNAS*.
"""
FR_BIB = """1. Kania, E. B. (2019). Innovation militaire chinoise. *Journal*. Tiré de : <https://a.org/1>
2. Dupont, A. (2021, mars). Un titre français. *Revue*.
"""


def bibliographies() -> Report:
    return make_report(
        f"Text.\n\n## Bibliography\n\n{EN_BIB}", f"Un texte.\n\n## Bibliographie\n\n{FR_BIB}"
    )


WORKS = {
    "kania-2019": Work(id="kania-2019", names=("Kania",), year="2019", kind="journal_article"),
    "allen-2019": Work(
        id="allen-2019", names=("Allen",), year="2019", kind="report", title="Curated title"
    ),
    "allen-2020": Work(id="allen-2020", names=("Allen",), year="2020", kind="report"),
    "rt-2017": Work(
        id="rt-2017",
        names=(),
        year="2017",
        kind="news_article",
        title_keys=("Whoever leads in AI",),
    ),
    "dupont-2021": Work(id="dupont-2021", names=("Dupont",), year="2021", kind="article"),
    "ghost-2018": Work(id="ghost-2018", names=("Ghost",), year="2018", kind="report"),
}


@pytest.fixture(scope="module")
def joined():
    cited, holders = join_entries(bibliographies(), tuple(WORKS.values()))
    return {c.id: c for c in cited}, holders


def test_work_matched_by_first_author_and_year_in_both_editions(joined):
    kania = joined[0]["kania-2019"]
    assert kania.entries == {"en": 1, "fr": 1}  # not entry 4, Kania's 2017 work
    assert (kania.title, kania.title_fr, kania.authors, kania.url) == (
        "Chinese military innovation",
        "Innovation militaire chinoise",
        "Kania, E. B",
        "https://a.org/1",
    )


def test_work_matched_by_a_title_key(joined):
    rt = joined[0]["rt-2017"]
    assert (rt.entries, rt.title, rt.authors, rt.container) == (
        {"en": 3},
        "Whoever leads in AI will rule the world",
        None,
        "RT",
    )


def test_second_work_folded_into_an_entry_after_a_semicolon(joined):
    cited, holders = joined
    assert cited["allen-2019"].entries == {"en": 2}
    assert cited["allen-2020"].entries == {"en": 2}
    assert [(h.edition, h.entry.number, h.work_ids) for h in holders] == [
        ("en", 1, ("kania-2019",)),
        ("en", 2, ("allen-2019", "allen-2020")),
        ("en", 3, ("rt-2017",)),
        ("en", 4, ()),
        ("fr", 1, ("kania-2019",)),
        ("fr", 2, ("dupont-2021",)),
    ]
    # The entry's fields go to its first work only, read before the "; ".
    assert (cited["allen-2019"].url, cited["allen-2020"].url) == ("https://b.org/2", None)


def test_curated_fields_win_over_parsed_ones(joined):
    allen = joined[0]["allen-2019"]
    assert (allen.title, allen.container, allen.date) == ("Curated title", "CNAS", "2019")


def test_work_only_the_french_bibliography_lists_takes_its_fields(joined):
    dupont = joined[0]["dupont-2021"]
    assert (dupont.entries, dupont.title, dupont.title_fr, dupont.date, dupont.container) == (
        {"fr": 2},
        "Un titre français",
        "Un titre français",
        "2021-03",
        "Revue",
    )
    assert dupont.authors == "Dupont, A"  # as printed, not the curated "Dupont"


def test_work_in_no_bibliography_keeps_its_curated_names(joined):
    ghost = joined[0]["ghost-2018"]
    assert (ghost.entries, ghost.in_bibliography, ghost.authors, ghost.title) == (
        {},
        False,
        "Ghost",
        None,
    )


def test_undated_work_matches_the_french_s_d():
    report = make_report(
        "Text.\n\n## Bibliography\n\n1. Kania, E. B. (n.d.). Something. *J*.\n",
        "Un texte.\n\n## Bibliographie\n\n1. Kania, E. B. (s.d.). Quelque chose. *J*.\n",
    )
    work = Work(id="kania-nd", names=("Kania",), year="n.d.", kind="report")
    (cited,), _ = join_entries(report, (work,))
    assert cited.entries == {"en": 1, "fr": 1}


def test_work_matching_two_entries_of_one_edition_is_refused():
    en = "1. Kania, E. B. (2019). First. *J*.\n2. Kania, E. B. (2019). Second. *J*.\n"
    report = make_report(f"Text.\n\n## Bibliography\n\n{en}")
    with pytest.raises(
        CurationError, match="work kania-2019 matches two en bibliography entries: 1 and 2"
    ):
        join_entries(report, (WORKS["kania-2019"],))


# 5. Coverage of numerals ----------------------------------------------------------------

EN_TEXT = (
    "The lab spent 5 billion in 2019 on 300 staff<sup>1</sup>.\n\n<sup>1</sup> Kania, 2017, p. 9\n"
)
FR_TEXT = "Le labo a dépensé 5 000 milliards.\n"
PAGES = ExclusionRule(
    "citation-pages", "citation", "pages of a citation", re.compile(r"\d{4}, p\. \d+")
)


@pytest.fixture(scope="module")
def texts() -> dict[str, EditionTexts]:
    report = make_report(EN_TEXT, FR_TEXT)
    return {code: EditionTexts(report.editions[code]) for code in ("en", "fr")}


def cover(texts, code: str, span: str, status: str, by: str, reason=None) -> Cover:
    """A cover of a span located in one edition."""
    return Cover(locate_span(texts[code], code, span, kinds=CITING), status, by, reason)


def statuses(numerals) -> list[tuple]:
    return [
        (n.edition, n.line, n.footnote, n.numeral, n.status, n.covered_by, n.reason)
        for n in numerals
    ]


def test_every_numeral_of_both_editions_gets_its_cover(texts):
    covers = [
        cover(texts, "en", "5 billion", "captured", "amounts:lab-budget"),
        cover(texts, "fr", "5 000 milliards", "captured", "amounts:lab-budget"),
        cover(texts, "en", "in 2019", "excluded", "span:lab-year", "a year"),
        cover(texts, "en", "300 staff", "excluded", "span:staff", "headcount"),
    ]
    assert statuses(coverage(texts, covers, (PAGES,))) == [
        ("en", 13, None, "5 billion", "captured", "amounts:lab-budget", None),
        ("en", 13, None, "2019", "excluded", "span:lab-year", "a year"),
        ("en", 13, None, "300", "excluded", "span:staff", "headcount"),
        ("en", 15, 1, "2017", "excluded", "rule:citation-pages", "pages of a citation"),
        ("en", 15, 1, "9", "excluded", "rule:citation-pages", "pages of a citation"),
        ("fr", 5, None, "5 000 milliards", "captured", "amounts:lab-budget", None),
    ]


@pytest.mark.parametrize("capture_first", [True, False])
def test_captured_span_wins_over_an_exclusion_span_holding_the_same_numeral(texts, capture_first):
    covers = [
        cover(texts, "en", "5 billion", "captured", "amounts:lab-budget"),
        cover(texts, "en", "spent 5 billion in 2019", "excluded", "span:sentence", "prose"),
    ]
    first, second = coverage(texts, covers if capture_first else covers[::-1], ())[:2]
    assert (first.numeral, first.status, first.covered_by, first.reason) == (
        "5 billion",
        "captured",
        "amounts:lab-budget",
        None,
    )
    assert (second.numeral, second.status, second.covered_by, second.reason) == (
        "2019",
        "excluded",
        "span:sentence",
        "prose",
    )


def test_exclusion_span_wins_over_a_rule(texts):
    covers = [cover(texts, "en", "p. 9", "excluded", "span:page", "a page")]
    numerals = coverage(texts, covers, (PAGES,))
    assert [(n.numeral, n.covered_by, n.reason) for n in numerals if n.footnote == 1] == [
        ("2017", "rule:citation-pages", "pages of a citation"),
        ("9", "span:page", "a page"),
    ]


def test_last_exclusion_span_holding_a_numeral_wins(texts):
    covers = [
        cover(texts, "en", "Kania, 2017, p. 9", "excluded", "span:note", "a citation"),
        cover(texts, "en", "2017", "excluded", "span:year", "a year"),
    ]
    numerals = coverage(texts, covers, ())
    assert [(n.numeral, n.covered_by) for n in numerals if n.footnote == 1] == [
        ("2017", "span:year"),
        ("9", "span:note"),
    ]


def test_numeral_cut_by_a_span_is_not_covered(texts):
    covers = [
        cover(texts, "en", "in 2019", "excluded", "span:lab-year", "a year"),
        cover(texts, "en", "in 201", "captured", "figures:cut"),
    ]
    numeral = next(n for n in coverage(texts, covers, ()) if n.numeral == "2019")
    assert (numeral.status, numeral.covered_by) == ("excluded", "span:lab-year")


def test_uncovered_numerals_are_refused_by_name(texts):
    covers = [cover(texts, "en", "5 billion", "captured", "amounts:lab-budget")]
    numerals = coverage(texts, covers, (PAGES,))
    uncovered = [(n.edition, n.numeral) for n in numerals if n.status == "uncovered"]
    assert uncovered == [("en", "2019"), ("en", "300"), ("fr", "5 000 milliards")]
    with pytest.raises(UncoveredNumerals, match=r"^3 numeral\(s\)") as error:
        refuse_uncovered(numerals)
    assert "en line 13: '300' in …The lab spent 5 billion in 2019 on 300 staff.…" in str(
        error.value
    )
    assert "fr line 5: '5 000 milliards'" in str(error.value)


def test_nothing_uncovered_passes(texts):
    covers = [
        cover(texts, "en", "5 billion in 2019 on 300", "captured", "figures:all"),
        cover(texts, "fr", "5 000 milliards", "captured", "amounts:lab-budget"),
    ]
    refuse_uncovered(coverage(texts, covers, (PAGES,)))


def test_exclusion_span_covering_no_numeral_is_refused(texts):
    covers = [cover(texts, "en", "The lab", "excluded", "span:idle", "nothing")]
    with pytest.raises(UncoveredNumerals, match=r"cover no numeral \(stale\?\): \['span:idle'\]"):
        coverage(texts, covers, (PAGES,))


def test_rule_covering_no_numeral_is_refused(texts):
    idle = ExclusionRule("idle-rule", "other", "matches nothing", re.compile(r"zzz \d+"))
    with pytest.raises(
        UncoveredNumerals, match=r"cover no numeral \(stale\?\): \['rule:idle-rule'\]"
    ):
        coverage(texts, [], (PAGES, idle))


# 6. Attribution markers, sentences and paragraphs ------------------------------------------


NOTES_12 = "\n\n<sup>1</sup> A.\n\n<sup>2</sup> B.\n"


def locate_fr(fr: str, span: str) -> Location:
    """Where `span` stands in the French edition, read with the curated sentences and cues."""
    from ruchina_ai_data.curation.attribution import read_abbreviations, read_attribution
    from ruchina_ai_data.derive.provenance import NoteReading
    from ruchina_ai_data.derive.sentences import SentenceSplitter

    texts = EditionTexts(make_report("Text.\n", fr).editions["fr"])
    notes = NoteReading(CITING, SentenceSplitter(read_abbreviations()), read_attribution())
    return locate_span(texts, "fr", span, notes=notes)


@pytest.mark.parametrize(
    "sentence",
    [
        "Selon Tatiana Stanovaya<sup>1</sup>, ce système est un premier pas. Suite<sup>2</sup>.",
        "M. Barros<sup>1</sup> affirme que ce système est un premier pas. Suite<sup>2</sup>.",
        "En outre, Lo affirme<sup>1</sup> que ce système est un premier pas. Suite<sup>2</sup>.",
        "The Guardian<sup>1</sup> a nommé ce système est un premier pas. Suite<sup>2</sup>.",
    ],
)
def test_a_note_on_the_source_before_the_claim_carries_it(sentence):
    found = locate_fr(
        sentence + "\n\n<sup>1</sup> A, 2019.\n\n<sup>2</sup> B, 2020.\n", "ce système"
    )
    assert (found.footnote, found.rule) == (1, "attribution")


def test_a_note_after_the_claim_in_its_sentence_wins_over_an_attribution():
    text = "Selon X<sup>1</sup>, ce système est neuf<sup>2</sup>." + NOTES_12
    found = locate_fr(text, "ce système")
    assert (found.footnote, found.rule) == (2, "same_sentence")


@pytest.mark.parametrize(
    "sentence, span",
    [
        ("Selon X<sup>1</sup>, ce système est neuf<sup>2</sup>.", "Selon X, ce système"),
        ("Sayler<sup>1</sup> souligne que ce système est neuf<sup>2</sup>.", "Sayler souligne"),
        ("Selon X<sup>1</sup>, ce système est neuf. Suite<sup>2</sup>.", "Selon X, ce système"),
    ],
)
def test_a_note_on_the_source_inside_the_span_carries_it(sentence, span):
    found = locate_fr(sentence + NOTES_12, span)
    assert (found.footnote, found.rule) == (1, "attribution")


def test_a_marker_inside_the_span_without_a_cue_is_not_an_attribution():
    text = "En 2019<sup>1</sup>, ce système est neuf<sup>2</sup>." + NOTES_12
    found = locate_fr(text, "En 2019, ce système")
    assert (found.footnote, found.rule) == (2, "same_sentence")


def test_a_marker_before_the_claim_without_a_cue_is_not_an_attribution():
    text = "En 2019<sup>1</sup>, ce système est neuf. Suite<sup>2</sup>." + NOTES_12
    found = locate_fr(text, "ce système")
    assert (found.footnote, found.rule) == (2, "later_in_paragraph")


def test_an_attribution_marker_in_the_previous_sentence_does_not_count():
    text = "Selon X<sup>1</sup>, tout va bien. Ce système est neuf. Suite<sup>2</sup>." + NOTES_12
    found = locate_fr(text, "Ce système")
    assert (found.footnote, found.rule) == (2, "later_in_paragraph")


def test_a_bracketed_query_does_not_end_a_sentence():
    from ruchina_ai_data.derive.sentences import SentenceSplitter

    text = "Le dispositif (?) sert en situation d'urgence. Suite."
    assert [text[a:b] for a, b in SentenceSplitter(()).spans(text)] == [
        "Le dispositif (?) sert en situation d'urgence.",
        "Suite.",
    ]


def test_sentences_end_at_stops_but_not_after_abbreviations_or_initials():
    from ruchina_ai_data.derive.sentences import SentenceSplitter

    text = "Huawei Co., Ltd. opened labs in the U.S. and Russia. M. Barros affirme. Done"
    spans = SentenceSplitter(("Co.", "Ltd.", "U.S.")).spans(text)
    assert [text[a:b] for a, b in spans] == [
        "Huawei Co., Ltd. opened labs in the U.S. and Russia.",
        "M. Barros affirme.",
        "Done",
    ]


def test_paragraphs_are_numbered_within_their_section_and_run_on_across_page_breaks():
    from ruchina_ai_data.derive.paragraphs import paragraphs

    en = (
        "First paragraph.\n\nSecond one is cut by a page\n\nbreak and ends here.\n\n"
        "Row\tcell\n\n## 1. Next\n\nAgain first.\n"
    )
    report = make_report(en)
    texts = EditionTexts(report.editions["en"])
    sections = {line: "s" if line < line_of(report, "## 1. Next") else "1" for line in range(1, 99)}
    found = paragraphs("en", texts, sections)
    numbers = {report.line(line)[:12]: (p.section, p.number) for line, p in found.items()}
    assert numbers == {
        "First paragr": ("s", 1),
        "Second one i": ("s", 2),
        "break and en": ("s", 2),
        "Row\tcell": ("s", 3),
        "Again first.": ("1", 1),
    }


def test_typed_dates_cover_the_whole_period():
    import datetime as dt

    from ruchina_ai_data.spec.vocabularies import period_bounds

    assert period_bounds("2020-04") == (dt.date(2020, 4, 1), dt.date(2020, 4, 30))
    assert period_bounds("2020-02") == (dt.date(2020, 2, 1), dt.date(2020, 2, 29))
    assert period_bounds("2019/2024") == (dt.date(2019, 1, 1), dt.date(2024, 12, 31))
    assert period_bounds("2016-06/2019-02-03") == (dt.date(2016, 6, 1), dt.date(2019, 2, 3))
    assert period_bounds(None) == (None, None)


# 7. Numbers written in words ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "edition", "expected"),
    [
        ("one of the six focus tasks", "en", [("one", "cardinal", 1), ("six", "cardinal", 6)]),
        ("over the previous fourteen days", "en", [("fourteen", "cardinal", 14)]),
        (
            "hundreds of thousands of individuals",
            "en",
            [("hundreds of thousands", "magnitude", 100000)],
        ),
        ("ranks them first and second", "en", [("first", "ordinal", 1), ("second", "ordinal", 2)]),
        (
            "a dozen firms over twenty-five years",
            "en",
            [("a dozen", "magnitude", 12), ("twenty-five", "cardinal", 25)],
        ),
        (
            "two hundred thousand, half, triple, two-thirds",
            "en",
            [
                ("two hundred thousand", "cardinal", 200000),
                ("half", "fraction", 0.5),
                ("triple", "multiple", 3),
                ("two-thirds", "fraction", 2 / 3),
            ],
        ),
        ("the twenty-first century", "en", [("twenty-first", "ordinal", 21)]),
        (
            "des centaines de millions de caméras",
            "fr",
            [("centaines de millions", "magnitude", 10**8)],
        ),
        (
            "des milliards par an, deux milliards",
            "fr",
            [("milliards", "magnitude", 10**9), ("deux milliards", "cardinal", 2 * 10**9)],
        ),
        (
            "quatre-vingts pays, quatre-vingt-dix, soixante-dix",
            "fr",
            [
                ("quatre-vingts", "cardinal", 80),
                ("quatre-vingt-dix", "cardinal", 90),
                ("soixante-dix", "cardinal", 70),
            ],
        ),
        (
            "la moitié, tripler, la deuxième place",
            "fr",
            [("moitié", "fraction", 0.5), ("tripler", "multiple", 3), ("deuxième", "ordinal", 2)],
        ),
        ("no number here, someone, oneself, once", "en", []),
    ],
)
def test_number_words_are_read_with_their_value(text, edition, expected):
    from ruchina_ai_data.source.number_words import number_words_in

    found = [(w.text, w.form, float(w.value)) for w in number_words_in(text, edition)]
    assert found == [(t, f, pytest.approx(v)) for t, f, v in expected]


def _excluded_words(rule_id: str, text: str, edition: str) -> list[str]:
    """The number words of `text` that the curated rule `rule_id` excludes."""
    from ruchina_ai_data.curation.facts import read_rules
    from ruchina_ai_data.source.number_words import number_words_in

    (rule,) = [r for r in read_rules() if r.id == rule_id]
    hits = [m.span() for m in rule.pattern.finditer(text)]
    return [
        w.text
        for w in number_words_in(text, edition)
        if any(a <= w.start and w.end <= b for a, b in hits)
    ]


@pytest.mark.parametrize(
    ("rule", "text", "edition", "excluded"),
    [
        (
            "fr-indefinite-article",
            "Un système et une entreprise d'un pays.",
            "fr",
            ["Un", "une", "un"],
        ),
        (
            "fr-indefinite-article",
            "un seul pays, une des six tâches, un milliard, une centaine",
            "fr",
            [],
        ),
        ("one-of", "one of the six focus tasks; l'une des six tâches; un des cas", "en", ["one"]),
        ("one-of", "l'une des six tâches; un des cas", "fr", ["une", "un"]),
        ("the-two-countries", "the two countries and the two governments", "en", ["two", "two"]),
        ("the-two-countries", "two shareholders; the two data sources", "en", []),
        (
            "the-two-countries",
            "les deux pays, tous deux, deux actionnaires",
            "fr",
            ["deux", "deux"],
        ),
        ("dual-use", "à double usage; doubler ses effectifs", "fr", ["double"]),
        (
            "discourse-ordinal",
            "First, it will first outline; the first park; at first glance",
            "en",
            ["First", "first", "first"],
        ),
        ("scenario-ordinal", "The first scenario, the first test", "en", ["first"]),
        (
            "ordinal-in-name-words",
            "the fourth industrial revolution; a fourth company",
            "en",
            ["fourth"],
        ),
    ],
)
def test_word_rules_exclude_only_what_they_name(rule, text, edition, excluded):
    assert _excluded_words(rule, text, edition) == excluded


def test_an_uncovered_number_in_words_is_refused_with_its_place():
    texts = {
        "en": EditionTexts(make_report("It only has two shareholders.\n").editions["en"]),
        "fr": EditionTexts(
            make_report("Text.\n", "Il n'a que deux actionnaires.\n").editions["fr"]
        ),
    }
    numerals = coverage(texts, [], ())
    assert [(n.edition, n.numeral, n.form, n.value, n.status) for n in numerals] == [
        ("en", "two", "cardinal", 2, "uncovered"),
        ("fr", "deux", "cardinal", 2, "uncovered"),
    ]
    with pytest.raises(UncoveredNumerals) as error:
        refuse_uncovered(numerals)
    assert "2 numeral(s) of the report are neither captured" in str(error.value)
    assert "'two' in …It only has two shareholders.…" in str(error.value)


# 8. Statements: splitting, coverage, exclusions, twins --------------------------------------


def _statements(en: str):
    from ruchina_ai_data.derive.paragraphs import paragraphs
    from ruchina_ai_data.derive.sentences import SentenceSplitter
    from ruchina_ai_data.derive.statements import split_statements

    report = make_report(en)
    texts = EditionTexts(
        report.edition("en") if hasattr(report, "edition") else report.editions["en"]
    )
    sections = dict.fromkeys(range(1, 200), "s")
    found = split_statements(
        "en", texts, paragraphs("en", texts, sections), SentenceSplitter(("U.S.",))
    )
    return report, texts, found


def test_statements_are_sentences_cells_and_captions_and_cross_page_breaks():
    body = (
        "Russia and China signed it in the U.S. capital. Then the park was cut by a page\n\n"
        "break and opened.\n\n"
        "Owners\t<ul><li>Rostec: 12.5%</li><li>Founders: majority</li></ul>\n\n"
        "*Figure 1: Members of the team*\n"
    )
    report, _, found = _statements(body)
    assert [(s.id, s.kind, s.text) for s in found] == [
        ("en-s-1-1", "sentence", "Russia and China signed it in the U.S. capital."),
        ("en-s-1-2", "sentence", "Then the park was cut by a page break and opened."),
        ("en-s-2-1", "table_cell", "Owners"),
        ("en-s-2-2", "table_cell", "Rostec: 12.5%"),
        ("en-s-2-3", "table_cell", "Founders: majority"),
        ("en-s-3-1", "caption", "Figure 1: Members of the team"),
    ]
    second = found[1]
    assert [p.line for p in second.pieces] == [
        line_of(report, "Russia and China"),
        line_of(report, "break and opened"),
    ]


def _mention(entity, texts, word):
    from ruchina_ai_data.derive.mentions import Mention

    ((item, start),) = texts.find(word)
    return Mention(entity, item.line, start, start + len(word), None)


def test_a_record_in_a_statement_covers_it_and_an_exclusion_needs_two_actors():
    from ruchina_ai_data.curation.claims import StatementExclusion
    from ruchina_ai_data.derive.located import Placed
    from ruchina_ai_data.derive.statements import UncoveredStatements, cover_statements
    from ruchina_ai_data.derive.statements import refuse_uncovered as refuse

    _, texts, found = _statements("Russia and China met. Russia and China argued. Russia slept.\n")
    mentions = [
        *(_mention(e, texts, w) for e, w in ()),
    ]
    mentions = []
    for item in texts.body:
        for word, entity in (("Russia", "russia"), ("China", "china")):
            start = item.text.find(word)
            while start >= 0:
                from ruchina_ai_data.derive.mentions import Mention

                mentions.append(Mention(entity, item.line, start, start + len(word), None))
                start = item.text.find(word, start + 1)
    met = Placed(object(), {"en": locate_span(texts, "en", "China met", kinds=CITING)})
    covered = cover_statements(found, mentions, [("relations:met", met)], [])
    assert [(s.entities, s.covered_by, s.status) for s in covered] == [
        (("russia", "china"), ("relations:met",), "covered"),
        (("russia", "china"), (), "fewer_than_two_actors"),
        (("russia",), (), "fewer_than_two_actors"),
    ]
    with pytest.raises(UncoveredStatements, match=r"1 statement\(s\) name two or more entities"):
        refuse(covered)

    def exclude(span, other=None):
        record = StatementExclusion("x", "context", span_en=span, span_fr=other)
        locations = {"en": locate_span(texts, "en", span, kinds=CITING)}
        return Placed(record, locations)

    excluded = cover_statements(
        found, mentions, [("relations:met", met)], [exclude("and China argued")]
    )
    assert excluded[1].status == "excluded"
    refuse(excluded)
    with pytest.raises(
        CurationError, match="covered by \\['relations:met'\\]; the exclusion is not needed"
    ):
        cover_statements(found, mentions, [("relations:met", met)], [exclude("China met")])
    with pytest.raises(CurationError, match="names 1 entity; only statements naming two or more"):
        cover_statements(found, mentions, [], [exclude("Russia slept")])


def test_an_extra_sentence_has_no_twin_and_others_pair_in_order():
    from decimal import Decimal

    from ruchina_ai_data.derive.statements import Statement
    from ruchina_ai_data.derive.twins import align_statements

    def statements(code, items):
        return [
            Statement(f"{code}-s-1-{i}", code, "s", 1, i, "sentence", (), text,
                      entities=entities,
                      numbers=frozenset((Decimal(n), None) for n in numbers))
            for i, (text, entities, numbers) in enumerate(items, 1)
        ]  # fmt: skip

    en = statements("en", [
        ("Huawei opened two labs in Moscow in 2017.", ("huawei", "moscow"), (2, 2017)),
        ("Its Moscow laboratory grew fast.", (), ()),
        ("For the latest instances of such cooperation, I would recommend consulting the "
         "recent news articles and the annual reports that regularly cover the subject.", (), ()),
        ("Then Huawei hired 300 engineers in Russia in 2019.", ("huawei", "russia"), (300, 2019)),
    ])  # fmt: skip
    fr = statements("fr", [
        ("Huawei a ouvert deux laboratoires à Moscou en 2017.", ("huawei", "moscow"), (2, 2017)),
        ("Son laboratoire de Moscou a vite grandi.", (), ()),
        ("Puis Huawei a recruté 300 ingénieurs en Russie en 2019.", ("huawei", "russia"),
         (300, 2019)),
    ])  # fmt: skip
    twins = align_statements(en, fr)
    assert {k: (v.ids, v.match) for k, v in twins.items() if k.startswith("en")} == {
        "en-s-1-1": (("fr-s-1-1",), "one_to_one"),
        "en-s-1-2": (("fr-s-1-2",), "one_to_one"),
        "en-s-1-3": ((), "no_twin"),
        "en-s-1-4": (("fr-s-1-3",), "one_to_one"),
    }


def plain_statements(code: str, texts: list[str]) -> list:
    """Statements of one paragraph of section "s" that name nothing and state no number."""
    from ruchina_ai_data.derive.statements import Statement

    return [
        Statement(f"{code}-s-1-{i}", code, "s", 1, i, "sentence", (), text)
        for i, text in enumerate(texts, 1)
    ]


def test_cognates_and_names_pair_a_sentence_past_an_extra_one():
    from ruchina_ai_data.derive.twins import align_statements

    en = plain_statements("en", [
        "The committee met in Geneva.",
        "Technological cooperation intensified considerably.",
        "Everything changed afterwards.",
    ])  # fmt: skip
    fr = plain_statements("fr", [
        "Le comité s'est réuni à Genève.",
        "Les limites sont cependant remises en cause compte tenu de la réalité de la guerre et "
        "des sanctions occidentales, qui changent la donne pour les deux partenaires.",
        "La coopération technologique s'est intensifiée considérablement.",
        "Tout a changé ensuite.",
    ])  # fmt: skip
    twins = align_statements(en, fr)
    assert twins["en-s-1-2"].ids == ("fr-s-1-3",)
    assert twins["fr-s-1-2"].match == "no_twin"


def test_one_sentence_translated_as_four_is_one_group():
    from ruchina_ai_data.derive.twins import align_statements

    en = plain_statements("en", [
        "Opening remarks on Moscow.",
        "Meduza reports that the Ministry tasks RT Labs, which has close ties to the "
        "authorities, whose minister Shadayev led RT Labs, while its chief Alania led the "
        "regional centre.",
        "Closing remarks on Beijing.",
    ])  # fmt: skip
    fr = plain_statements("fr", [
        "Remarques sur Moscou.",
        "Selon Meduza, le Ministère charge RT Labs.",
        "RT Labs a des liens étroits avec les autorités.",
        "Le ministre Shadayev a dirigé RT Labs.",
        "Son dirigeant Alania a dirigé le centre régional.",
        "Remarques sur Beijing.",
    ])  # fmt: skip
    twins = align_statements(en, fr)
    assert twins["en-s-1-2"] == type(twins["en-s-1-2"])(
        ("fr-s-1-2", "fr-s-1-3", "fr-s-1-4", "fr-s-1-5"), "split"
    )


def test_two_statements_left_alone_side_by_side_are_paired():
    from ruchina_ai_data.derive.twins import GAP, _Features, _fill_gaps

    def features(length: int, place: float = 0.5) -> _Features:
        return _Features(frozenset(), frozenset(), frozenset(), length, place, False)

    rows, cols = [features(100)], [features(110)]
    steps = [([0], []), ([], [0])]
    assert _fill_gaps(steps, rows, cols, 1.1) == [([0], [0])]
    # Lengths and places too far apart: the pair scores below GAP and both stay alone.
    far, other = [features(10, 0.5)], [features(400, 6.5)]
    assert GAP > 0 and _fill_gaps(steps, far, other, 1.1) == steps


def test_numbers_differ_ignores_records_both_twins_state_and_neighbouring_numbers():
    from decimal import Decimal
    from types import SimpleNamespace

    from ruchina_ai_data.builders.edition_differences import _numbers_near, _unshared_numbers
    from ruchina_ai_data.derive.statements import Statement

    def statement(code, i, numbers, covered=()):
        return Statement(f"{code}-s-1-{i}", code, "s", 1, i, "sentence", (), "x",
                         covered_by=covered, numbers=frozenset(numbers))  # fmt: skip

    rank = (Decimal(1), "figures:rank")  # "premier rang" in French, "the forefront" in English
    en = [statement("en", 1, [(Decimal(2030), None)], ("figures:rank",)),
          statement("en", 2, [(Decimal(3), None)])]  # fmt: skip
    fr = [statement("fr", 1, [rank, (Decimal(2030), None), (Decimal(3), None)], ("figures:rank",)),
          statement("fr", 2, [(Decimal(4), None)])]  # fmt: skip
    english, french = _unshared_numbers(en[:1], fr[:1])
    assert (english, french) == ({Decimal(2030)}, {Decimal(2030), Decimal(3)})
    derived = SimpleNamespace(statements={"en": en, "fr": fr})
    place = {s.id: i for side in (en, fr) for i, s in enumerate(side)}
    assert french - _numbers_near(derived, en[:1], place) == set()  # the next English one's 3
    assert _unshared_numbers(en[1:], fr[1:])[1] - _numbers_near(derived, en[1:], place) == {
        Decimal(4)
    }


def test_a_paragraph_runs_on_when_the_next_line_opens_in_lower_case():
    # The first line ends closed (a colon, like "the U.S." in the report).
    body = "Two networks, around Moscow:\n\nand around China<sup>1</sup>.\n\n<sup>1</sup> A.\n"
    found = locate(body, "Two networks")
    assert (found.footnote, found.rule) == (1, "same_sentence")


def test_a_note_closing_the_sentence_after_a_page_break_is_in_the_same_sentence():
    body = "It cost 5 billion for the\n\nnew campus<sup>1</sup>. Next<sup>2</sup>.\n\n" + NOTES_12
    assert (locate(body, "5 billion").footnote, locate(body, "5 billion").rule) == (
        1,
        "same_sentence",
    )


def _attributes(monkeypatch, *records: dict):
    from ruchina_ai_data.curation import attributes

    monkeypatch.setattr(attributes, "read_curated", lambda name: {"attribute": list(records)})
    return attributes.read_attributes()


@pytest.mark.parametrize(
    ("record", "message"),
    [
        (
            {"entity": "x", "attribute": "size", "value": "big", "evidence_en": "x"},
            "curated/entity_attributes.toml: x-size: attribute 'size' not in "
            "('ownership_type', 'sector')",
        ),
        (
            {"entity": "x", "attribute": "ownership_type", "value": "unknown", "evidence_en": "x"},
            "x-ownership-type: 'unknown' is not a ownership_type: ('state', 'private', 'mixed')",
        ),
        (
            {"entity": "x", "attribute": "sector", "value": "banking"},
            "curated/entity_attributes.toml: x-sector: needs evidence_en or evidence_fr",
        ),
    ],
)
def test_a_curated_attribute_outside_its_vocabulary_or_without_evidence(
    monkeypatch, record, message
):
    with pytest.raises(CurationError) as error:
        _attributes(monkeypatch, record)
    assert message in str(error.value)


def test_a_curated_attribute_names_an_organization_or_fund_once(monkeypatch):
    from ruchina_ai_data.curation.attributes import check_attribute_owners
    from ruchina_ai_data.curation.entities import Entity

    record = {"entity": "putin", "attribute": "sector", "value": "government",
              "evidence_en": "x"}  # fmt: skip
    with pytest.raises(CurationError, match="duplicate|twice|more than once"):
        _attributes(monkeypatch, record, record)
    found = _attributes(monkeypatch, record)
    person = Entity("putin", "Putin", "person", "politician", "President.")
    with pytest.raises(CurationError) as error:
        check_attribute_owners(found, (person,))
    assert str(error.value) == (
        "curated/entity_attributes.toml: putin-sector: putin is a person; only an "
        "organization or a fund has an ownership type or a sector"
    )
    with pytest.raises(CurationError, match="'putin' is not an entity id of curated/entities"):
        check_attribute_owners(found, ())
