"""ruchina-ai-data: the facts of the 2023 DGRIS report on Russia-China cooperation in AI.

    >>> import ruchina_ai_data
    >>> ruchina_ai_data.tables()            # names and one-line descriptions
    >>> ruchina_ai_data.load("footnotes_en")  # a typed pandas DataFrame (its .attrs describe it)
    >>> ruchina_ai_data.describe("footnotes_en")  # its columns: type, unit, description
    >>> ruchina_ai_data.path("footnotes_en", format="csv")  # the file, for other tools
    >>> ruchina_ai_data.search("Sberbank")  # every record naming it: table, key, column, text
    >>> ruchina_ai_data.graph()  # entities and relations as a networkx graph (explore extra)

Importing the package and loading a table does not import pandera or frictionless; the
Pandera schemas are in `ruchina_ai_data.schemas`.
"""

from typing import TYPE_CHECKING, Any

from ._version import __version__
from .loader import data_root, describe, load, path, tables
from .spec import UnknownTableError

if TYPE_CHECKING:
    from .currency import ConversionError, add_conversions, convert
    from .explore.graph import graph
    from .lookup import search

# Imported on first use: loading a table needs none of them.
_LAZY = {
    "ConversionError": "currency",
    "add_conversions": "currency",
    "convert": "currency",
    "graph": "explore.graph",
    "search": "lookup",
}


def __getattr__(name: str) -> Any:
    """The currency helpers, `graph()` and `search()`, imported on first use."""
    if name in _LAZY:
        from importlib import import_module

        return getattr(import_module(f"{__name__}.{_LAZY[name]}"), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = [
    "ConversionError",
    "UnknownTableError",
    "__version__",
    "add_conversions",
    "convert",
    "data_root",
    "describe",
    "graph",
    "load",
    "path",
    "search",
    "tables",
]
