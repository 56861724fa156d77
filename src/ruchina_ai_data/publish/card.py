"""The dataset card (`datasets/README.md`) in the Hugging Face style, generated from the
spec and the row counts: YAML front matter (licence, one config per table with its data
file, so `datasets.load_dataset` reads a checkout's `datasets/` folder), then curation,
provenance, limitations, the charts and the citation."""

from __future__ import annotations

from pathlib import Path

from .._version import RELEASE_DATE, __version__
from ..spec import TABLES
from .paths import DATA_DIR

CARD = Path(DATA_DIR) / "README.md"
CHARTS = ("timeline", "network", "amounts", "ownership")
REPORT = (
    'S. Linke (ed. V. Tchakarova), "Russian-Chinese alliance in artificial intelligence, and '
    'how it has evolved since the invasion of Ukraine", analytical report for the DGRIS, '
    "French Ministry of the Armed Forces, 11 September 2023"
)


def _front_matter(rows: dict[str, int]) -> list[str]:
    total = sum(rows.values())
    size = "1K<n<10K" if total < 10_000 else "10K<n<100K"
    lines = [
        "---",
        "license: cc-by-4.0",
        "language:",
        "- en",
        "- fr",
        f"pretty_name: ruchina-ai-data {__version__}",
        "size_categories:",
        f"- {size}",
        "tags:",
        "- russia",
        "- china",
        "- artificial-intelligence",
        "- surveillance",
        "- provenance",
        "configs:",
    ]
    for table in TABLES:
        lines += [
            f"- config_name: {table.name}",
            f"  data_files: {table.name}.parquet",
        ]
        if table.name == "footnotes_en":
            lines.append("  default: true")
    return [*lines, "---"]


def card_text(rows: dict[str, int]) -> str:
    """The whole card."""
    tables = [
        f"| `{t.name}` | {rows[t.name]} | {t.title} |" for t in TABLES
    ]  # a config per table, loadable by name
    charts = [f"![{name}](../docs/charts/{name}.svg)" for name in CHARTS]
    body = [
        f"# ruchina-ai-data {__version__} ({RELEASE_DATE})",
        "",
        "Every fact stated by one report, in typed tables with row-level provenance: "
        f"{REPORT}, in its French original and its English edition.",
        "",
        "```python",
        "import datasets",
        'relations = datasets.load_dataset("path/to/checkout/datasets", "relations")',
        "import ruchina_ai_data  # or: pip install ruchina-ai-data",
        'relations = ruchina_ai_data.load("relations")',
        "```",
        "",
        "## Tables",
        "",
        "| config | rows | what it holds |",
        "| --- | --- | --- |",
        *tables,
        "",
        "Each table is also a CSV file beside its Parquet twin; `datapackage.json` (Frictionless)",
        "and `croissant.json` describe every column. Column by column: `docs/data-dictionary.md`.",
        "",
        "## Charts",
        "",
        *charts,
        "",
        "## Curation",
        "",
        "Curators record what a fact is (value, unit, subject, metric, a short verbatim span of "
        "each edition); code locates each span in the pinned report (sha256) and derives the "
        "section, paragraph, line and the footnote that carries it in each edition. Code "
        "proves completeness: every numeral of both editions (digits or words) is captured or "
        "excluded with a reason (`numerals`), and every statement naming two or more actors "
        "is covered by a record or excluded with a reason (`statements`). The decisions are "
        "logged in `NOTES.md`.",
        "",
        "## Provenance",
        "",
        "Every fact row carries `section`, `footnote_en`/`footnote_fr` with the rule that chose "
        "each (`footnote_rule_*`), `line_*`, `paragraph_*` and `evidence_*` (the figure as "
        "written, at most a few words). Amounts are exact at full scale in each currency the "
        "report prints; computed conversions use the report's own stated rates and are "
        "flagged. Dates are ISO 8601 at their stated precision, with typed `start_date` and "
        "`end_date`.",
        "",
        "## Limitations and biases",
        "",
        "- One report, one author's selection: the tables hold what it states, not what is "
        "true; `claims` separates what the report attributes to others.",
        "- The English edition is not a faithful translation: `edition_differences` lists "
        "where the two disagree, `anomalies` the defects of the source (slips, numbering, "
        "citations), none corrected silently.",
        "- Relations are curated readings of sentences; their predicates and directions are "
        "judgements, documented in `NOTES.md` and audited against both editions (the "
        "measured precision and recall are in `NOTES.md`, section Audits).",
        "- Entities are named as the report names them; no fact from outside the report is added.",
        "",
        "## Citation",
        "",
        f"ruchina-ai-data contributors ({RELEASE_DATE[:4]}). ruchina-ai-data {__version__}: "
        "facts of the 2023 DGRIS report on the Russian-Chinese alliance in artificial "
        "intelligence [data set]. Data under CC BY 4.0. Cite the report too: "
        f"{REPORT}.",
    ]
    return "\n".join([*_front_matter(rows), "", *body]) + "\n"


def write_card(root: Path, rows: dict[str, int]) -> Path:
    """Write `datasets/README.md` under root."""
    path = root / CARD
    path.write_text(card_text(rows), "utf-8")
    return path
