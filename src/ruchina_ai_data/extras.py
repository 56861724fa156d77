"""Optional dependencies: a bare install loads every table with pandas and pyarrow alone;
everything else comes with an extra, and a missing one is named in the error."""

from __future__ import annotations

import sys
from importlib import import_module
from importlib.util import find_spec
from types import ModuleType


class MissingExtraError(ImportError):
    """An optional dependency is not installed; the message names the extra to install."""


def _missing(purpose: str, extra: str, module: str) -> MissingExtraError:
    return MissingExtraError(
        f"{purpose} needs the {extra} extra ({module} is not installed): "
        f"pip install 'ruchina-ai-data[{extra}]'"
    )


def require(module: str, extra: str, purpose: str) -> ModuleType:
    """Import `module`, or raise `MissingExtraError` naming the extra that installs it."""
    try:
        return import_module(module)
    except ImportError:
        raise _missing(purpose, extra, module.split(".")[0]) from None


def require_installed(modules: tuple[str, ...], extra: str, purpose: str) -> None:
    """Check that `modules` are installed without importing them (an import can be slow)."""
    for module in modules:
        if not _installed(module):
            raise _missing(purpose, extra, module)


def _installed(module: str) -> bool:
    if module in sys.modules:  # None there blocks the import, as for a missing module
        return sys.modules[module] is not None
    return find_spec(module) is not None
