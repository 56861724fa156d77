"""The Frictionless Data Package descriptor, generated from the spec and the written files:
size and sha256 of every file, and the row count and content checksum of every table."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from .._version import RELEASE_DATE, __version__
from ..hashing import file_stats
from ..source.announcement import (
    ANNOUNCED_BY,
    ANNOUNCEMENT_FILE,
    ANNOUNCEMENT_SHA256,
    ANNOUNCEMENT_TITLE,
)
from ..source.pin import REPORT_SHA256
from ..spec import TABLES
from .content import TableContent
from .files import write_json
from .paths import DESCRIPTOR, FORMATS, relative_path, resource_name
from .table_schema import table_schema

REPORT_TITLE = (
    "Russian-Chinese alliance in artificial intelligence, and how it has evolved since the "
    "invasion of Ukraine / Alliance russo-chinoise dans le domaine de l'intelligence "
    "artificielle, et son évolution depuis l'invasion de l'Ukraine"
)
REPORT_CITATION = (
    "Linke, S. (2023). " + REPORT_TITLE + " (V. Tchakarova, Ed.). Analytical report for the "
    "DGRIS, French Ministry of the Armed Forces, 11 September 2023. FACE, Hinterbrühl, Austria."
)


def build_descriptor(root: Path, contents: dict[str, TableContent]) -> dict[str, Any]:
    """Descriptor of the files under `root`, with sizes and sha256 hashes, and each
    table's row count and content checksum (`rows`, `contentHash`) on its CSV resource,
    which its Parquet twin names (`twin`)."""
    resources = []
    for table in TABLES:
        schema = table_schema(table)
        for fmt, mediatype in FORMATS.items():
            size, digest = file_stats(root / relative_path(table.name, fmt))
            resource: dict[str, Any] = {
                "name": resource_name(table.name, fmt),
                "title": table.title if fmt == "csv" else f"{table.title} (Parquet)",
                "description": table.description,
                "profile": "tabular-data-resource" if fmt == "csv" else "data-resource",
                "path": relative_path(table.name, fmt),
                "format": fmt,
                "mediatype": mediatype,
                "bytes": size,
                "hash": f"sha256:{digest}",
            }
            if fmt == "csv":
                resource["encoding"] = "utf-8"
                resource["dialect"] = {"delimiter": ",", "quoteChar": '"', "header": True}
                resource["schema"] = schema
                # The table's content, whatever the file: checked by frictionless (rows, CSV)
                # and by `validate` (both, in both files).
                resource["rows"] = contents[table.name].rows
                resource["contentHash"] = contents[table.name].digest
            else:
                # frictionless cannot type-check Parquet (nullable integers come back as NaN)
                # nor count its bytes, so the Parquet twin is declared as a file; the twin's
                # schema is the CSV resource's, and `validate` checks the two are equal.
                resource["type"] = "file"
                resource["twin"] = table.name
            resources.append(resource)
    return {
        "profile": "data-package",
        "name": "ruchina-ai-data",
        "id": "https://github.com/ruchina-ai-data/ruchina-ai-data",
        "version": __version__,
        "created": f"{RELEASE_DATE}T00:00:00Z",
        "title": "Russia-China cooperation in artificial intelligence: facts of the 2023 "
        "DGRIS report",
        "description": "Typed, validated tables of the facts stated by the report "
        f"'{REPORT_TITLE}' (S. Linke, ed. V. Tchakarova, 2023), in its French original and "
        "English edition, with row-level provenance (section, footnotes, lines).",
        "keywords": [
            "Russia",
            "China",
            "artificial intelligence",
            "surveillance",
            "military-civil fusion",
            "report",
            "footnotes",
        ],
        "licenses": [
            {
                "name": "CC-BY-4.0",
                "title": "Creative Commons Attribution 4.0 (data; attribute the report and this "
                "package)",
                "path": "https://creativecommons.org/licenses/by/4.0/",
            }
        ],
        "sources": [
            {
                "title": REPORT_CITATION,
                "path": "shared/source/report.md",
                "version": f"sha256:{REPORT_SHA256}",
            },
            {
                "title": f'Announcement of the report as "{ANNOUNCEMENT_TITLE}" by {ANNOUNCED_BY}',
                "path": f"shared/source/{ANNOUNCEMENT_FILE}",
                "version": f"sha256:{ANNOUNCEMENT_SHA256}",
            },
        ],
        "contributors": [
            {"title": "Sebastian Linke", "role": "author"},
            {"title": "Velina Tchakarova", "role": "contributor"},
            {"title": "ruchina-ai-data contributors", "role": "maintainer"},
        ],
        "resources": resources,
    }


def write_descriptor(root: Path, contents: dict[str, TableContent]) -> dict[str, Any]:
    """Write `datapackage.json` under root and return it."""
    descriptor = build_descriptor(root, contents)
    write_json(root / DESCRIPTOR, descriptor)
    return descriptor
