"""Where the source report lives and proof that it is the pinned file."""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

REPORT_SHA256 = "a29607cd22d1e41ecafa74ab94cac3c6638cb8e9558a9817e3631363cd6c93f6"
ENV_VAR = "RUCHINA_AI_DATA_SOURCE"
REPO_ROOT = Path(__file__).resolve().parents[2]
DEFAULT_RELATIVE = Path("..") / "shared" / "source" / "report.md"


class SourceError(RuntimeError):
    """The source report is missing or is not the pinned file."""


def default_source_path() -> Path:
    """`../shared/source/report.md` relative to the repository root."""
    return (REPO_ROOT / DEFAULT_RELATIVE).resolve()


def resolve_source_path(explicit: str | os.PathLike[str] | None = None) -> Path:
    """The report path: `--source`, then the environment variable, then the default."""
    if explicit:
        return Path(explicit)
    env = os.environ.get(ENV_VAR)
    if env:
        return Path(env)
    return default_source_path()


def sha256_of(path: Path) -> str:
    """Hex sha256 of a file's bytes."""
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for chunk in iter(lambda: handle.read(1 << 16), b""):
            digest.update(chunk)
    return digest.hexdigest()


def read_source(explicit: str | os.PathLike[str] | None = None) -> tuple[Path, str]:
    """Return (path, text) of the pinned report, or raise SourceError saying what is wrong."""
    path = resolve_source_path(explicit)
    if not path.is_file():
        raise SourceError(
            f"source report not found at {path}. Pass --source PATH or set {ENV_VAR}; "
            f"the expected file has sha256 {REPORT_SHA256}."
        )
    actual = sha256_of(path)
    if actual != REPORT_SHA256:
        raise SourceError(
            f"source report at {path} has sha256 {actual}, expected {REPORT_SHA256}. "
            "The dataset is extracted from one pinned file; refusing to build from another."
        )
    return path, path.read_text(encoding="utf-8")


def source_available(explicit: str | os.PathLike[str] | None = None) -> bool:
    """True when the pinned report can be read (used to skip source-dependent checks)."""
    try:
        read_source(explicit)
    except SourceError:
        return False
    return True
