"""How the command line prints a DataFrame: a text table, CSV, JSON, Markdown, or one block
per row (records) with long cells wrapped, for tables too wide for the terminal."""

from __future__ import annotations

import shutil
import sys
import textwrap
from typing import Any

FORMATS = ("table", "csv", "json", "markdown")
LAYOUTS = ("auto", "wide", "records")


def _missing(value: Any) -> bool:
    import pandas as pd

    return value is None or (pd.api.types.is_scalar(value) and bool(pd.isna(value)))


def markdown(frame: Any) -> str:
    """A pipe table, cells as text with pipes escaped."""

    def cell(value: Any) -> str:
        return "" if _missing(value) else str(value).replace("|", "\\|")

    lines = ["| " + " | ".join(map(str, frame.columns)) + " |"]
    lines.append("|" + " --- |" * len(frame.columns))
    lines += ["| " + " | ".join(cell(v) for v in row) + " |" for row in frame.itertuples(False)]
    return "\n".join(lines)


def write_frame(frame: Any, fmt: str, width: int) -> None:
    """Print `frame` in `fmt`: whole cells except in the `table` format (cut at `width`)."""
    if fmt == "csv":
        frame.to_csv(sys.stdout, index=False)
    elif fmt == "json":
        print(frame.to_json(orient="records", force_ascii=False, date_format="iso"))
    elif fmt == "markdown":
        print(markdown(frame))
    else:
        print(frame.to_string(index=False, max_colwidth=width))


def terminal_width() -> int:
    """Columns of the terminal, 100 when the output is not one."""
    return shutil.get_terminal_size((100, 24)).columns


def records(frame: Any, total: int, width: int) -> str:
    """One block per row: each column on its own line, long cells wrapped under the value."""
    label = max((len(str(c)) for c in frame.columns), default=0) + 2
    room = max(width - label, 20)
    blocks = []
    for number, row in enumerate(frame.itertuples(index=False), start=1):
        lines = [f"-- row {number} of {total} --"]
        for column, value in zip(frame.columns, row, strict=True):
            text = "" if _missing(value) else str(value)
            wrapped = textwrap.wrap(text, room) or [""]
            lines.append(f"{column:<{label}}{wrapped[0]}".rstrip())
            lines += [" " * label + more for more in wrapped[1:]]
        blocks.append("\n".join(lines))
    return "\n\n".join(blocks)


def rows_view(frame: Any, total: int, layout: str, width: int) -> str:
    """The first rows of a table: side by side when they fit in `width` (`wide`), else one
    block per row (`records`); `auto` picks."""
    import pandas as pd

    if layout == "records":
        return records(frame, total, width)
    with pd.option_context(
        "display.max_columns", None, "display.width", 10_000, "display.max_colwidth", 40
    ):
        wide = frame.to_string(index=False)
    fits = max((len(line) for line in wide.splitlines()), default=0) <= width
    if layout == "wide" or (layout == "auto" and fits):
        return wide
    return records(frame, total, width)
