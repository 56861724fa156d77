"""Numbers as the report prints them: one reader per edition's conventions, and the numeral
tokens the completeness check looks for.

English writes 23'000 (or 23,000) and 141.5; French writes 23 000 and 141,5. Curated values
are written as the English edition prints them, with a scale word: "141.5 billion".
"""

from __future__ import annotations

import re
from decimal import Decimal

SCALES = {
    "": Decimal(1),
    "thousand": Decimal(10) ** 3,
    "million": Decimal(10) ** 6,
    "billion": Decimal(10) ** 9,
    "trillion": Decimal(10) ** 12,
}
_PRINTED = re.compile(r"^(\d+(?:\.\d+)?)\s*(thousand|million|billion|trillion)?$")
_NUMBER = {
    "en": re.compile(r"\d+(?:['’,]\d{3}(?!\d))*(?:\.\d+)?"),
    "fr": re.compile(r"\d+(?:[ \u00a0\u202f]\d{3}(?!\d))*(?:,\d+)?"),
}
_GROUPING = re.compile(r"['’ \u00a0\u202f]")
# A numeral token in either edition: digits, with decimals or thousands groups of either,
# and the scale word that follows them ("141.5 billion", "5,4 milliards"), which is part of
# the number.
NUMERAL = re.compile(
    r"(?<![\w])\d+(?:[.,]\d+|['’ \u00a0\u202f]\d{3}(?!\d))*"
    r"(?:[ \u00a0](?:thousand|million|billion|trillion|mille|millions?|milliards?)\b)?"
)
_SCALE_WORDS = {
    "thousand": 10**3, "mille": 10**3, "million": 10**6, "millions": 10**6,
    "billion": 10**9, "milliard": 10**9, "milliards": 10**9, "trillion": 10**12,
}  # fmt: skip


def full_scale(printed: str) -> Decimal:
    """A value written as the English edition prints it, at full scale, exactly:
    '141.5 billion' -> Decimal('141500000000'). ValueError for anything else."""
    match = _PRINTED.match(printed.strip())
    if not match:
        raise ValueError(f"{printed!r} is not a number as printed (e.g. '141.5 billion', '350')")
    return Decimal(match.group(1)) * SCALES[match.group(2) or ""]


def printed_number(printed: str) -> Decimal:
    """The number of a printed value before its scale word: '141.5 billion' -> 141.5."""
    return Decimal(printed.strip().split()[0])


def numbers_in(text: str, edition: str) -> list[Decimal]:
    """The numbers written in a text, read with the edition's separators."""
    found = []
    for match in _NUMBER[edition].finditer(text):
        digits = _GROUPING.sub("", match.group(0))
        digits = digits.replace(",", "") if edition == "en" else digits.replace(",", ".")
        found.append(Decimal(digits))
    return found


def read_numeral(token: str, edition: str) -> Decimal | None:
    """The value of a numeral token written in digits (with its scale word), or None when
    the edition's conventions do not read it as one number."""
    digits, _, scale = token.replace("\u00a0", " ").rpartition(" ")
    if scale not in _SCALE_WORDS:
        digits, scale = token, ""
    found = numbers_in(digits, edition)
    if len(found) != 1:
        return None
    return found[0] * _SCALE_WORDS.get(scale, 1)
