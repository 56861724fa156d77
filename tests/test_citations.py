"""The footnote reader on small curated inputs: Ibid, aliases, year mismatches, refusals."""

from __future__ import annotations

import pytest

from ruchina_ai_data.curation.works import Alias, Work
from ruchina_ai_data.derive.citations import CitationReader, UnresolvedCitation


@pytest.fixture()
def reader() -> CitationReader:
    works = [
        Work(id="kania-2017", names=["Kania"], year="2017", kind="report"),
        Work(id="kania-2019", names=["Kania"], year="2019", kind="journal_article"),
        Work(id="bendett-kania-2019", names=["Bendett", "Kania"], year="2019", kind="report"),
        Work(id="fedasiuk-2020", names=["Fedasiuk"], year="2020", kind="policy_brief"),
        Work(id="barros-2020", names=["Barros"], year="2020", kind="report"),
        Work(
            id="rt-2017",
            names=[],
            year="2017",
            kind="news_article",
            title_keys=["Whoever leads in AI"],
        ),
    ]
    return CitationReader(works, [Alias(cited="Fediasuk", name="Fedasiuk")])


def test_author_year_citations_with_pages(reader):
    note = reader.read("Kania, 2017, 4-5, 21; Bendett & Kania, 2019, p. 6", [])
    assert note.kind == "citation"
    assert [(c.work_id, c.pages) for c in note.citations] == [
        ("kania-2017", "4-5, 21"),
        ("bendett-kania-2019", "6"),
    ]


def test_ibid_takes_the_works_of_the_previous_note(reader):
    first = reader.read("Kania, 2019, p. 31", [])
    ibid = reader.read("Ibid, p. 33", first.citations)
    assert ibid.kind == "ibid"
    assert [(c.work_id, c.pages, c.via_ibid) for c in ibid.citations] == [
        ("kania-2019", "33", True)
    ]


def test_ibid_after_two_works_is_flagged_ambiguous(reader):
    first = reader.read("Kania, 2017, p. 1; Kania, 2019, p. 2", [])
    ibid = reader.read("Ibid", first.citations)
    assert [i.kind for i in ibid.issues] == ["ambiguous_ibid"]


def test_misspelled_author_resolves_and_is_reported(reader):
    note = reader.read("Fediasuk, 2020, p. 2", [])
    assert note.citations[0].work_id == "fedasiuk-2020"
    assert note.issues[0].kind == "author_spelling_variant"
    assert "Fedasiuk" in note.issues[0].detail


def test_year_that_disagrees_with_the_bibliography_is_reported(reader):
    note = reader.read("Barros, 2023", [])
    assert note.citations[0].work_id == "barros-2020"
    assert note.issues[0].kind == "citation_year_mismatch"


def test_title_cited_work_and_exchange_rate_note(reader):
    note = reader.read("“Whoever leads in AI will rule the world’: Putin ...”, 2017", [])
    assert [c.work_id for c in note.citations] == ["rt-2017"]
    assert reader.read("Conversion ... using an exchange rate of €1 = US$1.06", []).kind == (
        "exchange_rate"
    )


def test_unknown_author_is_refused_with_the_citation_in_the_message(reader):
    with pytest.raises(UnresolvedCitation, match="Nobody, 2001"):
        reader.read("Nobody, 2001, p. 3", [])


def test_ambiguous_author_is_refused(reader):
    with pytest.raises(UnresolvedCitation, match="ambiguous"):
        reader.read("Kania, 2021", [])
