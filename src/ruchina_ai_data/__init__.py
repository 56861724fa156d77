"""ruchina-ai-data: the facts of the 2023 DGRIS report on Russia-China cooperation in AI.

    >>> import ruchina_ai_data
    >>> ruchina_ai_data.tables()            # names and one-line descriptions
    >>> ruchina_ai_data.load("footnotes_en")  # a typed pandas DataFrame
    >>> ruchina_ai_data.path("footnotes_en", format="csv")  # the file, for other tools

Importing the package and loading a table does not import pandera or frictionless; the
Pandera schemas are in `ruchina_ai_data.schemas`.
"""

from ._version import __version__
from .currency import ConversionError, add_conversions, convert
from .loader import data_root, load, path, tables
from .spec import UnknownTableError

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
