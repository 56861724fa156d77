"""Numbers written in words, in each edition's language: where they stand and the value
they stand for.

A number phrase is one or more number words joined by a hyphen or a space, or by "of"
("hundreds of thousands") in English and "de" ("centaines de millions") in French; English
"a" opens a phrase before a scale or magnitude word ("a dozen", "a million"). Each phrase
has a form and a value:

- cardinal: "two", "twenty-five", "two hundred", "vingt-cinq", "quatre-vingts" (the count);
- ordinal: "first", "third", "deuxième" (the rank);
- fraction: "half", "moitié", "two-thirds" (the share, 0.5);
- multiple: "twice", "triple", "doubler", "threefold" (the factor);
- magnitude: "dozens", "hundreds of thousands", "des milliards" (the unit of the order of
  magnitude: dozens are 12, hundreds of thousands 100000).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal

_UNITS_EN = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90,
}  # fmt: skip
_UNITS_FR = {
    "un": 1, "une": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6, "sept": 7,
    "huit": 8, "neuf": 9, "dix": 10, "onze": 11, "douze": 12, "treize": 13, "quatorze": 14,
    "quinze": 15, "seize": 16, "vingt": 20, "vingts": 20, "trente": 30, "quarante": 40,
    "cinquante": 50, "soixante": 60,
}  # fmt: skip
_SCALES = {
    "en": {"hundred": 100, "thousand": 1000, "million": 10**6, "billion": 10**9,
           "trillion": 10**12},
    "fr": {"cent": 100, "cents": 100, "mille": 1000, "million": 10**6, "millions": 10**6,
           "milliard": 10**9, "milliards": 10**9},
}  # fmt: skip
_ORDINALS = {
    "en": {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6,
           "seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12,
           "twentieth": 20, "hundredth": 100},
    "fr": {"premier": 1, "première": 1, "premiers": 1, "premières": 1, "deuxième": 2,
           "deuxièmes": 2, "second": 2, "seconde": 2, "seconds": 2, "secondes": 2,
           "troisième": 3, "quatrième": 4, "cinquième": 5, "sixième": 6, "septième": 7,
           "huitième": 8, "neuvième": 9, "dixième": 10, "vingtième": 20, "centième": 100},
}  # fmt: skip
_FRACTIONS = {
    "en": {"half": Decimal("0.5"), "quarter": Decimal("0.25")},
    "fr": {"moitié": Decimal("0.5"), "demi": Decimal("0.5"), "demie": Decimal("0.5"),
           "tiers": Decimal(1) / 3, "quart": Decimal("0.25")},
}  # fmt: skip
_MULTIPLES = {
    "en": {"twice": 2, "double": 2, "doubled": 2, "triple": 3, "tripled": 3, "threefold": 3,
           "fourfold": 4, "quadruple": 4, "tenfold": 10},
    "fr": {"double": 2, "doublé": 2, "doubler": 2, "triple": 3, "triplé": 3, "tripler": 3,
           "quadrupler": 4},
}  # fmt: skip
_MAGNITUDES = {
    "en": {"dozen": 12, "dozens": 12, "tens": 10, "hundreds": 100, "thousands": 1000,
           "millions": 10**6, "billions": 10**9},
    "fr": {"dizaine": 10, "dizaines": 10, "douzaine": 12, "douzaines": 12, "centaine": 100,
           "centaines": 100, "millier": 1000, "milliers": 1000, "millions": 10**6,
           "milliards": 10**9},
}  # fmt: skip
_UNITS = {"en": _UNITS_EN, "fr": _UNITS_FR}
_JOINERS = {"en": r"(?:\s*-\s*|\s+of\s+|\s+)", "fr": r"(?:\s*-\s*|\s+de\s+|\s+d['’]|\s+)"}
_FRACTION_PHRASE = re.compile(r"^(\w+)[\s-]+(thirds?|quarters?|fifths?)$")


@dataclass(frozen=True)
class NumberWords:
    """A number written in words: where it stands, as printed, its form and its value."""

    start: int
    end: int
    text: str
    form: str  # cardinal, ordinal, fraction, multiple or magnitude
    value: Decimal


def _vocabulary(edition: str) -> dict[str, str]:
    """Every number word of an edition, lower case, with its form."""
    words: dict[str, str] = {}
    for form, table in (
        ("cardinal", _UNITS[edition]),
        ("cardinal", _SCALES[edition]),
        ("ordinal", _ORDINALS[edition]),
        ("fraction", _FRACTIONS[edition]),
        ("multiple", _MULTIPLES[edition]),
        ("magnitude", _MAGNITUDES[edition]),
    ):
        for word in table:
            words.setdefault(word, form)
    if edition == "en":
        words.update({"thirds": "fraction", "quarters": "fraction"})
    return words


def _pattern(edition: str) -> re.Pattern[str]:
    words = sorted(_vocabulary(edition), key=len, reverse=True)
    word = "(?:" + "|".join(re.escape(w) for w in words) + ")"
    opener = r"(?:a\s+(?=(?:dozen|hundred|thousand|million|billion)\b))?" if edition == "en" else ""
    return re.compile(
        rf"(?<![\w-]){opener}{word}(?:{_JOINERS[edition]}{word})*(?![\w])", re.IGNORECASE
    )


_PATTERNS = {code: _pattern(code) for code in ("en", "fr")}
_WORDS = {code: _vocabulary(code) for code in ("en", "fr")}


def _cardinal(words: list[str], edition: str) -> Decimal | None:
    """The value of a sequence of cardinal words ("two hundred thousand", "quatre vingts")."""
    units, scales = _UNITS[edition], _SCALES[edition]
    total, current = 0, 0
    for word in words:
        if word in ("vingt", "vingts") and current % 100 == 4:  # quatre-vingt(s): 4 x 20
            current += 76
        elif word in units:
            current += units[word]
        elif word in scales:
            scale = scales[word]
            if scale == 100:
                current = max(current, 1) * 100
            else:
                total += max(current, 1) * scale
                current = 0
        else:
            return None
    return Decimal(total + current)


def _magnitude(words: list[str], edition: str) -> Decimal | None:
    """The unit of a chain of magnitude words ("hundreds of thousands" -> 100000)."""
    scales, magnitudes = _SCALES[edition], _MAGNITUDES[edition]
    if not words or words[0] not in magnitudes:
        return None
    value = Decimal(1)
    for word in words:
        factor = magnitudes.get(word) or scales.get(word)
        if factor is None:
            return None
        value *= factor
    return value


def _single(word: str, edition: str) -> tuple[str, Decimal] | None:
    form = _WORDS[edition].get(word)
    if form == "ordinal":
        return form, Decimal(_ORDINALS[edition][word])
    if form == "fraction":
        return form, _FRACTIONS[edition].get(word, Decimal(0))
    if form == "multiple":
        return form, Decimal(_MULTIPLES[edition][word])
    if form == "magnitude":
        return form, Decimal(_MAGNITUDES[edition][word])
    return None


def read_phrase(text: str, edition: str) -> tuple[str, Decimal] | None:
    """(form, value) of a number phrase, or None when its words do not make one number."""
    lowered = re.sub(r"^a\s+", "", text.lower()) if edition == "en" else text.lower()
    fraction = _FRACTION_PHRASE.match(lowered)
    if fraction and fraction.group(1) in _UNITS[edition]:
        denominator = {"third": 3, "quarter": 4, "fifth": 5}[fraction.group(2).rstrip("s")]
        return "fraction", Decimal(_UNITS[edition][fraction.group(1)]) / denominator
    words = [
        w
        for w in re.split(r"[\s'’-]+|\s+of\s+|\s+de\s+", lowered)
        if w and w not in ("of", "de", "d")
    ]
    if len(words) == 1 and (single := _single(words[0], edition)) is not None:
        return single
    magnitude = _magnitude(words, edition)
    if magnitude is not None:
        return "magnitude", magnitude
    ordinal = _ORDINALS[edition].get(words[-1])
    if ordinal is not None and len(words) > 1:  # twenty-first, vingt-deuxième
        tens = _cardinal(words[:-1], edition)
        return ("ordinal", tens + ordinal) if tens is not None else None
    cardinal = _cardinal(words, edition)
    return ("cardinal", cardinal) if cardinal is not None else None


def number_words_in(text: str, edition: str) -> list[NumberWords]:
    """Every number written in words in a text; a phrase whose words do not make one
    number is read word by word."""
    found = []
    for match in _PATTERNS[edition].finditer(text):
        read = read_phrase(match.group(0), edition)
        if read is not None:
            found.append(NumberWords(match.start(), match.end(), match.group(0), *read))
            continue
        for word in re.finditer(r"[^\s'’-]+", match.group(0)):
            single = read_phrase(word.group(0), edition)
            if single is not None and word.group(0).lower() not in ("of", "de"):
                start = match.start() + word.start()
                found.append(NumberWords(start, start + len(word.group(0)), word.group(0), *single))
    return found
