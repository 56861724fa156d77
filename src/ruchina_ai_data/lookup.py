"""Find records by a word: names, spellings, titles, descriptions and evidence spans of every
table, matched without regard to case or accents ("pekin" finds "Pékin")."""

from __future__ import annotations

import unicodedata
from pathlib import Path
from typing import TYPE_CHECKING

from .loader import load
from .spec import TABLES, Table

if TYPE_CHECKING:
    import pandas as pd

# The columns searched, where a table has them: what names a record and what states it.
SEARCHED = (
    "name", "alias", "aliases_en", "aliases_fr", "title", "description", "subject", "detail",
    "evidence_en", "evidence_fr",
)  # fmt: skip
RESULT_COLUMNS = ("table", "key", "column", "text")


def fold(text: str) -> str:
    """Lower case without accents, so that a search ignores both."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def _key(table: Table, frame: pd.DataFrame) -> pd.Series:
    parts = [frame[c].astype("string") for c in table.primary_key]
    key = parts[0]
    for part in parts[1:]:
        key = key + ":" + part
    return key


def search(text: str, tables: list[str] | None = None, root: Path | None = None) -> pd.DataFrame:
    """Every cell of a searched column that holds `text`: table, the row's primary key
    (parts joined by ':'), column and the cell. Tables in published order."""
    import pandas as pd

    wanted = fold(text.strip())
    if not wanted:
        raise ValueError("nothing to search for: give a word or a phrase")
    names = [t.name for t in TABLES] if tables is None else tables
    found = []
    for table in TABLES:
        columns = [c.name for c in table.columns if c.name in SEARCHED]
        if table.name not in names or not columns:
            continue
        frame = load(table.name, root)
        key = _key(table, frame)
        for column in columns:
            cells = frame[column].astype("string")
            hit = cells.fillna("").map(fold).str.contains(wanted, regex=False)
            found.append(
                pd.DataFrame(
                    {"table": table.name, "key": key[hit], "column": column, "text": cells[hit]}
                )
            )
    if not found:
        return pd.DataFrame({c: pd.Series(dtype="string") for c in RESULT_COLUMNS})
    result = pd.concat(found, ignore_index=True).astype("string")
    order = {t.name: i for i, t in enumerate(TABLES)}
    return result.sort_values(
        ["table", "key", "column"], key=lambda s: s.map(order) if s.name == "table" else s
    ).reset_index(drop=True)
