"""Sentences of a paragraph's plain text: where each starts and ends. A full stop, question or
exclamation mark (with a closing quote or bracket) followed by a space ends a sentence,
except after a curated abbreviation or an initial."""

from __future__ import annotations

import re

_END = re.compile(r"[.!?][\"»”’)]*(?=\s)")
_INITIAL = re.compile(r"(?:^|[\s(])(?:[A-Z]\.)+$")


class SentenceSplitter:
    """Splits plain text into sentences, knowing the abbreviations that do not end one."""

    def __init__(self, abbreviations: tuple[str, ...]) -> None:
        self.abbreviations = tuple(sorted(abbreviations, key=len, reverse=True))

    def _ends_sentence(self, text: str, stop: int) -> bool:
        """Whether the stop at `stop` (index of the mark) ends a sentence."""
        if text[stop] != ".":
            return True
        head = text[: stop + 1]
        abbreviated = any(self._is_word(head, a) for a in self.abbreviations)
        return not (_INITIAL.search(head) or abbreviated)

    @staticmethod
    def _is_word(head: str, abbreviation: str) -> bool:
        if not head.endswith(abbreviation):
            return False
        before = head[: -len(abbreviation)]
        return not before or not before[-1].isalnum()

    def spans(self, text: str) -> list[tuple[int, int]]:
        """(start, end) of each sentence; the end is just after its closing mark."""
        spans, start = [], 0
        for match in _END.finditer(text):
            if not self._ends_sentence(text, match.start()):
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
