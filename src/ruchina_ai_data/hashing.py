"""The one sha256 helper: of bytes, of text (UTF-8) and of files, with their size."""

from __future__ import annotations

import hashlib
from pathlib import Path


def sha256_bytes(data: bytes) -> str:
    """Hex sha256 of bytes."""
    return hashlib.sha256(data).hexdigest()


def sha256_text(text: str) -> str:
    """Hex sha256 of a text encoded as UTF-8."""
    return sha256_bytes(text.encode("utf-8"))


def file_stats(path: Path) -> tuple[int, str]:
    """Size in bytes and hex sha256 of a file."""
    data = path.read_bytes()
    return len(data), sha256_bytes(data)
