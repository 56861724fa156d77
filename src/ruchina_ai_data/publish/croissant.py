"""MLCommons Croissant metadata (`croissant.json`), generated from the column spec.

Every CSV and Parquet file is a FileObject with its sha256; every table a RecordSet whose
fields carry their data type, description, source column (read from the typed Parquet
twin) and, for foreign keys, `references`. Validated in the tests with `mlcroissant`.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from .._version import RELEASE_DATE, __version__
from ..hashing import file_stats
from ..spec import TABLES, Column
from .descriptor import REPORT_CITATION
from .files import write_json
from .paths import CROISSANT, relative_path

# Croissant's reader knows Parquet by this media type (datapackage.json uses the IANA one).
ENCODINGS = {"csv": "text/csv", "parquet": "application/x-parquet"}
_DATA_TYPES = {
    "string": "sc:Text",
    "category": "sc:Text",
    "integer": "sc:Integer",
    "number": "sc:Float",
    "boolean": "sc:Boolean",
    "date": "sc:Date",
}
CONTEXT: dict[str, Any] = {
    "@language": "en",
    "@vocab": "https://schema.org/",
    "citeAs": "cr:citeAs",
    "column": "cr:column",
    "conformsTo": "dct:conformsTo",
    "cr": "http://mlcommons.org/croissant/",
    "rai": "http://mlcommons.org/croissant/RAI/",
    "data": {"@id": "cr:data", "@type": "@json"},
    "dataType": {"@id": "cr:dataType", "@type": "@vocab"},
    "dct": "http://purl.org/dc/terms/",
    "equivalentProperty": "cr:equivalentProperty",
    "examples": {"@id": "cr:examples", "@type": "@json"},
    "extract": "cr:extract",
    "field": "cr:field",
    "fileProperty": "cr:fileProperty",
    "fileObject": "cr:fileObject",
    "fileSet": "cr:fileSet",
    "format": "cr:format",
    "includes": "cr:includes",
    "isLiveDataset": "cr:isLiveDataset",
    "jsonPath": "cr:jsonPath",
    "key": "cr:key",
    "md5": "cr:md5",
    "parentField": "cr:parentField",
    "path": "cr:path",
    "recordSet": "cr:recordSet",
    "references": "cr:references",
    "regex": "cr:regex",
    "repeated": "cr:repeated",
    "replace": "cr:replace",
    "samplingRate": "cr:samplingRate",
    "sc": "https://schema.org/",
    "separator": "cr:separator",
    "source": "cr:source",
    "subField": "cr:subField",
    "transform": "cr:transform",
}
CITE_AS = (
    "@misc{ruchina_ai_data, title={ruchina-ai-data: facts of the 2023 DGRIS report on the "
    "Russian-Chinese alliance in artificial intelligence}, version={" + __version__ + "}, "
    "year={2026}, note={Data extracted from: "
    + REPORT_CITATION.replace("{", "").replace("}", "")
    + "}}"
)
LIMITATIONS = (
    "One report's statements, not verified facts: figures are as the report states them "
    "(with its own exchange rates), and entities, relations and dates are as it describes "
    "them. The Markdown conversion of the report lost one figure and has other defects, "
    "recorded in the anomalies table."
)


def _field(table: str, column: Column, references: dict[str, str]) -> dict[str, Any]:
    field: dict[str, Any] = {
        "@type": "cr:Field",
        "@id": f"{table}/{column.name}",
        "name": column.name,
        "description": column.description + (f" Unit: {column.unit}." if column.unit else ""),
        "dataType": _DATA_TYPES[column.type],
        "source": {"fileObject": {"@id": f"{table}-parquet"}, "extract": {"column": column.name}},
    }
    if column.name in references:
        field["references"] = {"field": {"@id": references[column.name]}}
    return field


def build_croissant(root: Path) -> dict[str, Any]:
    """The Croissant description of the files under root."""
    distribution = []
    record_sets = []
    for table in TABLES:
        for fmt, mediatype in ENCODINGS.items():
            size, digest = file_stats(root / relative_path(table.name, fmt))
            distribution.append(
                {
                    "@type": "cr:FileObject",
                    "@id": f"{table.name}-{fmt}",
                    "name": f"{table.name}-{fmt}",
                    "description": f"{table.title} ({fmt.upper()})",
                    "contentUrl": relative_path(table.name, fmt),
                    "contentSize": f"{size} B",
                    "encodingFormat": mediatype,
                    "sha256": digest,
                }
            )
        # A self-reference (sections.parent) would make Croissant's record-set graph cyclic;
        # it stays declared in datapackage.json.
        references = {
            field: f"{fk.resource}/{target}"
            for fk in table.foreign_keys
            if fk.resource != table.name
            for field, target in zip(fk.fields, fk.reference, strict=True)
        }
        record_set: dict[str, Any] = {
            "@type": "cr:RecordSet",
            "@id": table.name,
            "name": table.name,
            "description": table.description,
            "field": [_field(table.name, c, references) for c in table.columns],
        }
        keys = [{"@id": f"{table.name}/{k}"} for k in table.primary_key]
        record_set["key"] = keys[0] if len(keys) == 1 else keys
        record_sets.append(record_set)
    return {
        "@context": CONTEXT,
        "@type": "sc:Dataset",
        "name": "ruchina-ai-data",
        "description": "Typed, validated tables of the facts stated by the 2023 DGRIS report "
        "on the Russian-Chinese alliance in artificial intelligence (S. Linke, ed. V. "
        "Tchakarova), French original and English edition, with row-level provenance.",
        "conformsTo": "http://mlcommons.org/croissant/1.0",
        "citeAs": CITE_AS,
        "creator": {"@type": "sc:Organization", "name": "ruchina-ai-data contributors"},
        "datePublished": RELEASE_DATE,
        "keywords": ["Russia", "China", "artificial intelligence", "surveillance", "report"],
        "license": "https://creativecommons.org/licenses/by/4.0/",
        "url": "https://github.com/ruchina-ai-data/ruchina-ai-data",
        "version": __version__,
        "rai:dataLimitations": LIMITATIONS,
        "distribution": distribution,
        "recordSet": record_sets,
    }


def write_croissant(root: Path) -> dict[str, Any]:
    """Write `croissant.json` under root."""
    metadata = build_croissant(root)
    write_json(root / CROISSANT, metadata)
    return metadata
