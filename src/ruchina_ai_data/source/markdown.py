"""The report's markdown as a reader sees it: plain text with markers and tags dropped, where
the footnote markers and table cells fall in that text, and the URLs it holds."""

from __future__ import annotations

import html
import re

MARKER = re.compile(r"<sup>\s*(\d+)\s*</sup>")
_URL = re.compile(r"https?://[^\s<>()\[\]]+[^\s<>()\[\].,;]")
_TAG = re.compile(r"<(?!https?:)/?[a-zA-Z][^<>]*>")
_MD_LINK = re.compile(r"\[([^\]]*)\]\((https?://[^)\s]+)\)")
_ESCAPE = re.compile(r"\\+([_$*\[\]()#.!&-])")


def plain_text(markdown: str) -> str:
    """Text as a reader sees it: markers and tags dropped, escapes and entities resolved."""
    text = MARKER.sub("", markdown)
    text = re.sub(r"<sup>([^<]*)</sup>", r"\1", text)
    text = _MD_LINK.sub(r"\1", text)
    text = _TAG.sub(" ", text)
    text = re.sub(r"<(https?://[^>\s]+)>", r"\1", text)
    text = _ESCAPE.sub(r"\1", text)
    text = html.unescape(text).replace("*", "")
    return re.sub(r"\s+", " ", text).strip()


_SENTINEL = re.compile("\ue000(\\d+)\ue001|\ue002")
_BLOCK = re.compile(r"</?(?:li|p|ul|td|tr)\b[^>]*>|\t")


def plain_with_structure(markdown: str) -> tuple[str, list[tuple[int, int]], list[int]]:
    """Plain text of a line, where its footnote markers fall in it (offset, number), and
    where its table cells and list items begin or end (offsets).

    The text equals `plain_text(markdown)`; a marker's offset is the index in that text just
    after which it was printed.
    """
    tagged = MARKER.sub(lambda m: f"\ue000{m.group(1)}\ue001", markdown)
    tagged = _BLOCK.sub("\ue002", tagged)
    text = plain_text(tagged)
    markers: list[tuple[int, int]] = []
    bounds: list[int] = []
    pieces: list[str] = []
    length = 0
    last = 0
    for match in _SENTINEL.finditer(text):
        piece = text[last : match.start()]
        pieces.append(piece)
        length += len(piece)
        if match.group(1) is None:
            pieces.append(" ")
            bounds.append(length)
            length += 1
        else:
            markers.append((length, int(match.group(1))))
        last = match.end()
    pieces.append(text[last:])
    clean = "".join(pieces)
    collapsed = re.sub(r"\s+", " ", clean).strip()
    if collapsed != clean:  # a marker or a cell edge stood between spaces: map offsets
        return _recollapse(clean, markers, bounds)
    return clean, markers, bounds


def plain_with_markers(markdown: str) -> tuple[str, list[tuple[int, int]]]:
    """Plain text of a line and where its footnote markers fall in it: (offset, number)."""
    text, markers, _ = plain_with_structure(markdown)
    return text, markers


def _recollapse(
    clean: str, markers: list[tuple[int, int]], bounds: list[int]
) -> tuple[str, list[tuple[int, int]], list[int]]:
    out: list[str] = []
    mapping: list[int] = []
    previous_space = True
    for char in clean:
        mapping.append(len(out))
        if char.isspace():
            if previous_space:
                continue
            out.append(" ")
            previous_space = True
        else:
            out.append(char)
            previous_space = False
    mapping.append(len(out))
    text = "".join(out)
    stripped = text.rstrip()
    size = len(stripped)
    return (
        stripped,
        [(min(mapping[offset], size), number) for offset, number in markers],
        [min(mapping[offset], size) for offset in bounds],
    )


def urls_in(markdown: str) -> list[str]:
    """Distinct URLs in a piece of markdown, in order of first appearance, unescaped."""
    seen: list[str] = []
    for url in _URL.findall(_ESCAPE.sub(r"\1", markdown)):
        if url not in seen:
            seen.append(url)
    return seen
