"""Curator's tool: where a text stands in the report (plain text, as evidence spans are matched).

    python scripts/find_in_report.py "AI national team" [--edition en|fr] [--words]

Prints every line (body or footnote) of the chosen edition(s) holding the text, with a
little context. `--words` matches whole words only (as entity aliases are matched).
"""

from __future__ import annotations

import argparse
import re

from ruchina_ai_data.derive.texts import EditionTexts
from ruchina_ai_data.source.parser import parse_report
from ruchina_ai_data.source.pin import read_source


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("text")
    parser.add_argument("--edition", choices=("en", "fr"))
    parser.add_argument("--words", action="store_true", help="whole words only")
    parser.add_argument("--source")
    args = parser.parse_args()
    report = parse_report(read_source(args.source).text)
    needle = re.escape(args.text)
    pattern = re.compile(rf"(?<!\w){needle}(?!\w)" if args.words else needle)
    hits = 0
    for code in (args.edition,) if args.edition else ("en", "fr"):
        for line, text in EditionTexts(report.editions[code]).spans():
            for match in pattern.finditer(text):
                hits += 1
                start, end = match.span()
                print(f"{code} line {line}: …{text[max(0, start - 50) : end + 50]}…")
    print(f"{hits} occurrence(s)")
    return 0 if hits else 1


if __name__ == "__main__":
    raise SystemExit(main())
