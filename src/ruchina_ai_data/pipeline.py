"""The build, one stage after another: source -> parse -> curated records -> derived facts
-> table rows -> files. Each stage takes the previous stage's output; nothing flows back.

    source/   the pinned report and its parse
    curation/ the curated records, typed and checked for form
    derive/   everything derived from the parse and the records, once
    builders/ one builder per published table
    publish/  the files and the metadata generated from the spec
"""

from __future__ import annotations

import os
from pathlib import Path

from .builders import build_rows
from .builders.rows import Row
from .curation.curated import read_all
from .derive.derived import derive
from .publish.writer import BuildResult, write_package
from .source.parser import parse_report
from .source.pin import REPO_ROOT, Source, read_source


def default_output_root() -> Path:
    """The repository root when running from a checkout."""
    if (REPO_ROOT / "pyproject.toml").is_file():
        return REPO_ROOT
    raise FileNotFoundError(
        "no repository checkout found next to the package; pass --out DIR to choose where the "
        "tables are written"
    )


def rows_from(source: Source) -> dict[str, list[Row]]:
    """Every table's rows, from a report already read and pinned."""
    report = parse_report(source.text)
    return build_rows(derive(source, report, read_all()))


def build_tables(source: str | os.PathLike[str] | None = None) -> dict[str, list[Row]]:
    """Every table's rows, from the pinned report (found by `read_source`)."""
    return rows_from(read_source(source))


def build(
    source: str | os.PathLike[str] | Source | None = None, out: Path | None = None
) -> BuildResult:
    """Rebuild every table from the report and write the package."""
    pinned = source if isinstance(source, Source) else read_source(source)
    return write_package(rows_from(pinned), out or default_output_root())
