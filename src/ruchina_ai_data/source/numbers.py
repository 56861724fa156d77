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
# A numeral token in either edition: digits, with decimals or thousands groups of either.
NUMERAL = re.compile(r"(?<![\w])\d+(?:[.,]\d+|['’ \u00a0\u202f]\d{3}(?!\d))*")


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
