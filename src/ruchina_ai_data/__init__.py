"""ruchina-ai-data: the facts of the 2023 DGRIS report on Russia-China cooperation in AI.

    >>> import ruchina_ai_data
    >>> ruchina_ai_data.tables()            # names and one-line descriptions
    >>> ruchina_ai_data.load("footnotes_en")  # a typed pandas DataFrame
    >>> ruchina_ai_data.path("footnotes_en", format="csv")  # the file, for other tools

Importing the package and loading a table does not import pandera or frictionless; the
Pandera schemas are in `ruchina_ai_data.schemas`.
"""

from typing import TYPE_CHECKING, Any

from ._version import __version__
from .loader import data_root, load, path, tables
from .spec import UnknownTableError

if TYPE_CHECKING:
    from .currency import ConversionError, add_conversions, convert

_CURRENCY = ("ConversionError", "add_conversions", "convert")


def __getattr__(name: str) -> Any:
    """The currency helpers, imported on first use: loading a table does not need them."""
    if name in _CURRENCY:
        from . import currency

        return getattr(currency, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = [
    "ConversionError",
    "UnknownTableError",
    "__version__",
    "add_conversions",
    "convert",
    "data_root",
    "load",
    "path",
    "tables",
]
