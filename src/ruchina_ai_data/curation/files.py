"""The one reader of curated files: TOML from the package's `curated/` folder into typed
records, with the file and record named in every error."""

from __future__ import annotations

import dataclasses
import tomllib
import types
import typing
from collections import Counter
from collections.abc import Iterable
from functools import cache
from importlib import resources
from importlib.resources.abc import Traversable
from typing import Any, TypeVar

from .errors import CurationError

T = TypeVar("T")


def curated_folder(subfolder: str = "") -> Traversable:
    """The package's `curated/` folder, or a subfolder of it."""
    folder = resources.files("ruchina_ai_data").joinpath("curated")
    return folder.joinpath(subfolder) if subfolder else folder


def read_toml(file: Traversable, label: str) -> dict[str, Any]:
    """A TOML file, with its label (`curated/...`) in any parse error."""
    try:
        return tomllib.loads(file.read_text("utf-8"))
    except tomllib.TOMLDecodeError as error:
        raise CurationError(f"{label}: {error}") from None


def read_curated(name: str) -> dict[str, Any]:
    """`curated/<name>` as a dict."""
    return read_toml(curated_folder().joinpath(name), f"curated/{name}")


def read_folder(name: str, table: str) -> list[tuple[str, dict[str, Any]]]:
    """(label, record) for every `[[table]]` record of the TOML files of `curated/<name>/`,
    file by file in name order; other tables in a file are refused."""
    found = []
    for entry in sorted(curated_folder(name).iterdir(), key=lambda e: e.name):
        if not entry.name.endswith(".toml"):
            continue
        label = f"curated/{name}/{entry.name}"
        raw = read_toml(entry, label)
        unknown = sorted(set(raw) - {table})
        if unknown:
            raise CurationError(f"{label}: unknown tables {unknown}")
        found += [(label, record) for record in raw.get(table, [])]
    return found


def _is_tuple(annotation: Any) -> bool:
    return typing.get_origin(annotation) is tuple or (
        isinstance(annotation, types.GenericAlias) and annotation.__origin__ is tuple
    )


@cache
def _shape(cls: type) -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """(every field, the tuple-typed fields, the required fields) of a record class."""
    fields = dataclasses.fields(cls)
    hints = typing.get_type_hints(cls)
    return (
        frozenset(f.name for f in fields),
        frozenset(f.name for f in fields if _is_tuple(hints[f.name])),
        frozenset(
            f.name
            for f in fields
            if f.default is dataclasses.MISSING and f.default_factory is dataclasses.MISSING
        ),
    )


def make_record(cls: type[T], raw: dict[str, Any], where: str, **extra: Any) -> T:
    """A frozen record of `cls` from a TOML table: unknown and missing keys are refused,
    lists become tuples."""
    names, tuples, required = _shape(cls)
    allowed = names - set(extra)
    unknown = sorted(set(raw) - allowed)
    if unknown:
        raise CurationError(f"{where}: unknown keys {unknown}; allowed: {sorted(allowed)}")
    missing = sorted(required - set(raw) - set(extra))
    if missing:
        raise CurationError(f"{where}: missing keys {missing}")
    values = {
        key: tuple(value) if key in tuples and isinstance(value, list) else value
        for key, value in raw.items()
    }
    return cls(**values, **extra)


def refuse_duplicates(ids: Iterable[str], where: str) -> None:
    """Refuse ids used more than once, naming them."""
    twice = sorted(name for name, count in Counter(ids).items() if count > 1)
    if twice:
        raise CurationError(f"{where}: ids used twice: {twice}")
