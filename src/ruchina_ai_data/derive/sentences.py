"""Sentences of a paragraph's plain text: where each starts and ends. A full stop, question or
exclamation mark (with a closing quote or bracket) followed by a space ends a sentence,
except after a curated abbreviation or an initial, and except a bracketed query "(?)" or
"(!)" that a writer inserts mid-sentence."""

from __future__ import annotations

import re

_END = re.compile(r"[.!?][\"»”’)]*(?=\s)")
_INITIAL = re.compile(r"(?:^|[\s(])(?:[A-Z]\.)+$")
_LIST_MARK = re.compile(r"^[-•]?\s*[a-zA-Z0-9]{1,2}[.)]$")  # "- b." opening a list item


class SentenceSplitter:
    """Splits plain text into sentences, knowing the abbreviations that do not end one."""

    def __init__(self, abbreviations: tuple[str, ...]) -> None:
        self.abbreviations = tuple(sorted(abbreviations, key=len, reverse=True))
        words = "|".join(re.escape(a) for a in self.abbreviations) or r"(?!)"
        self._abbreviated = re.compile(rf"(?:^|(?<=[^\w]))(?:{words})$")
        self._cache: dict[str, list[tuple[int, int]]] = {}

    def _ends_sentence(self, text: str, stop: int) -> bool:
        """Whether the stop at `stop` (index of the mark) ends a sentence."""
        if text[stop] != ".":
            return text[max(0, stop - 1) : stop + 2] not in ("(?)", "(!)")
        head = text[max(0, stop - 15) : stop + 1]
        return not (_INITIAL.search(head) or self._abbreviated.search(head))

    def spans(self, text: str) -> list[tuple[int, int]]:
        """(start, end) of each sentence; the end is just after its closing mark."""
        if text not in self._cache:
            self._cache[text] = self._spans(text)
        return self._cache[text]

    def _spans(self, text: str) -> list[tuple[int, int]]:
        spans, start = [], 0
        for match in _END.finditer(text):
            if not self._ends_sentence(text, match.start()):
                continue
            if _LIST_MARK.match(text[start : match.end()]):
                continue
            spans.append((start, match.end()))
            start = match.end()
            while start < len(text) and text[start].isspace():
                start += 1
        if start < len(text):
            spans.append((start, len(text)))
        return spans

    def sentence_at(self, text: str, offset: int) -> tuple[int, int]:
        """The sentence holding an offset (a marker printed right after a sentence's closing
        mark belongs to that sentence)."""
        for start, end in self.spans(text):
            if start <= offset <= end:
                return start, end
        return 0, len(text)
