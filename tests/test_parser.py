"""Parser tests on small hand-made documents: each edge case in a few lines."""

from __future__ import annotations

import pytest

from ruchina_ai_data.source.markdown import plain_text
from ruchina_ai_data.source.parser import parse_report

FR = """**Rapport**

## **Titre**

**Auteur : A**

### **Introduction**

Un texte<sup>1</sup> et un autre<sup>2</sup>.

---

<sup>1</sup> Kania, 2017, p. 9

<sup>2</sup> Seyringer B. (2021, 10 juin) ; Titre.

<https://example.org/a>



## 1. Chapitre

Table	<ul><li>Valeur : 50 % + 1 action<sup>3</sup></li></ul>

<sup>3</sup> Sberbank, n.d.

## Bibliographie

1. Kania, E.B. (2017). *Titre*. Tiré de : <https://example.org/k>.
3. Seyringer, B. (2021). Titre.
"""

EN = """# English title

**Author: A**

## Introduction

Text<sup>1</sup> and again<sup>1</sup> and more<sup>3</sup>.

<sup>1</sup> Kania, 2017, p. 9

<sup>3</sup> Ibid

## 1. Chapter

Body.

## Bibliography

1. Kania, E.B. (2017). *Title*. Retrieved from: <https://example.org/k>.
"""


@pytest.fixture()
def doc():
    return parse_report(FR + "\n" + EN)


def test_editions_are_split_at_the_level_one_heading(doc):
    fr, en = doc.editions["fr"], doc.editions["en"]
    assert fr.line_start == 1
    assert en.line_start == fr.line_end + 1
    assert en.title == "English title"
    assert fr.title == "Titre"


def test_footnote_whose_url_is_on_the_next_line_keeps_it(doc):
    note = doc.editions["fr"].footnote(2)
    assert note is not None
    assert note.urls == ("https://example.org/a",)
    assert note.end_line == note.line + 2
    assert note.text.endswith("https://example.org/a")


def test_marker_inside_a_table_cell_is_found(doc):
    markers = {m.number: m for m in doc.editions["fr"].markers}
    assert 3 in markers
    assert "\t" in doc.line(markers[3].line)


def test_duplicated_marker_and_numbering_gap_are_visible(doc):
    en = doc.editions["en"]
    assert [m.number for m in en.markers] == [1, 1, 3]
    assert sorted(f.number for f in en.footnotes) == [1, 3]


def test_sections_have_numbers_titles_and_spans(doc):
    fr = doc.editions["fr"]
    assert [(s.number, s.title) for s in fr.sections] == [
        (None, "Introduction"),
        ("1", "Chapitre"),
        (None, "Bibliographie"),
    ]
    intro, chapter, _ = fr.sections
    assert intro.line_end == chapter.line_start - 1


def test_bibliography_entries_keep_their_printed_numbers(doc):
    assert [e.number for e in doc.editions["fr"].bibliography] == [1, 3]
    assert doc.editions["fr"].bibliography[0].urls == ("https://example.org/k",)


def test_front_matter_is_not_body(doc):
    fr = doc.editions["fr"]
    assert "Auteur : A" in fr.front_matter
    assert all("Auteur" not in text for text in fr.body_lines.values())


def test_a_document_without_the_english_heading_is_refused():
    with pytest.raises(ValueError, match="exactly one level-1 heading"):
        parse_report(FR)


def test_plain_text_drops_markup_but_keeps_what_a_reader_sees():
    raw = "<b>A &amp; B</b> costs US\\$ 1.5 billion<sup>12</sup> on 26<sup>th</sup> *May*"
    assert plain_text(raw) == "A & B costs US$ 1.5 billion on 26th May"
