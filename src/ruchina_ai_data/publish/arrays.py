"""Arrow arrays built from Python values through their buffers.

`pyarrow.array` imports pandas (about 0.4 s) on its first call, whatever it is given; the
build never needs pandas, so it lays out the validity bitmap, the values and the string
offsets itself, as the Arrow columnar format defines them.
"""

from __future__ import annotations

import array
import datetime as dt
from collections.abc import Sequence
from typing import Any

import pyarrow as pa

_EPOCH = dt.date(1970, 1, 1)


def _bits(flags: Sequence[bool]) -> pa.Buffer:
    """A bitmap, least significant bit first."""
    packed = bytearray((len(flags) + 7) // 8)
    for i, flag in enumerate(flags):
        if flag:
            packed[i // 8] |= 1 << (i % 8)
    return pa.py_buffer(bytes(packed))


def _validity(values: Sequence[Any]) -> pa.Buffer | None:
    return _bits([v is not None for v in values]) if None in values else None


def _fixed(values: Sequence[Any], kind: pa.DataType, code: str) -> pa.Array:
    """Integers, floats or days, with nulls stored as zero."""
    data = array.array(code, [0 if v is None else v for v in values])
    return pa.Array.from_buffers(kind, len(values), [_validity(values), pa.py_buffer(data)])


def strings(values: Sequence[str | None]) -> pa.Array:
    """UTF-8 strings: 32-bit offsets into one data buffer."""
    encoded = [b"" if v is None else v.encode("utf-8") for v in values]
    offsets = array.array("i", [0])
    for item in encoded:
        offsets.append(offsets[-1] + len(item))
    buffers = [_validity(values), pa.py_buffer(offsets), pa.py_buffer(b"".join(encoded))]
    return pa.Array.from_buffers(pa.string(), len(values), buffers)


def build_array(values: Sequence[Any], kind: str, enum: Sequence[str] = ()) -> pa.Array:
    """An array of a spec column type; a category is dictionary-encoded over its enum."""
    if kind == "string":
        return strings(values)
    if kind == "integer":
        return _fixed(values, pa.int64(), "q")
    if kind == "number":
        return _fixed(values, pa.float64(), "d")
    if kind == "date":
        return _fixed([None if v is None else (v - _EPOCH).days for v in values], pa.date32(), "i")
    if kind == "boolean":
        buffers = [_validity(values), _bits([bool(v) for v in values])]
        return pa.Array.from_buffers(pa.bool_(), len(values), buffers)
    if kind == "category":
        index = {value: i for i, value in enumerate(enum)}
        indices = _fixed([None if v is None else index[v] for v in values], pa.int32(), "i")
        return pa.DictionaryArray.from_arrays(indices, strings(list(enum)))
    raise ValueError(f"unknown column type {kind!r}")
