"""Where the source report lives, and proof that it is the pinned file."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from ..hashing import sha256_bytes
from .announcement import ANNOUNCED_BY, ANNOUNCEMENT_TITLE, announcement_problem

REPORT_SHA256 = "a29607cd22d1e41ecafa74ab94cac3c6638cb8e9558a9817e3631363cd6c93f6"
ENV_VAR = "RUCHINA_AI_DATA_SOURCE"
REPO_ROOT = Path(__file__).resolve().parents[3]
DEFAULT_RELATIVE = Path("..") / "shared" / "source" / "report.md"
REPORT = (
    '"Russian-Chinese alliance in artificial intelligence, and how it has evolved since the '
    'invasion of Ukraine" (S. Linke, ed. V. Tchakarova, report for the DGRIS, 11 September '
    "2023; publisher FACE, Hinterbrühl), as one Markdown file holding the French original "
    f'and the English edition; announced by {ANNOUNCED_BY} as "{ANNOUNCEMENT_TITLE}"'
)


class SourceError(RuntimeError):
    """The source report is missing or is not the pinned file."""


@dataclass(frozen=True)
class Source:
    """The pinned report, read once: where it was found, its text and its sha256."""

    path: Path
    text: str
    sha256: str


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


def read_source(explicit: str | os.PathLike[str] | None = None) -> Source:
    """The pinned report, or SourceError saying what is wrong."""
    path = resolve_source_path(explicit)
    if not path.is_file():
        given = explicit or os.environ.get(ENV_VAR) or (REPO_ROOT / "pyproject.toml").is_file()
        where = f"at {path}" if given else "(it is not shipped with the package)"
        raise SourceError(
            f"source report not found {where}. Expected: {REPORT}, sha256 {REPORT_SHA256}. "
            f"Pass --source PATH or set {ENV_VAR} to point at it."
        )
    data = path.read_bytes()
    actual = sha256_bytes(data)
    if actual != REPORT_SHA256:
        raise SourceError(
            f"source report at {path} has sha256 {actual}, expected {REPORT_SHA256}. "
            "The dataset is extracted from one pinned file; refusing to build from another."
        )
    problem = announcement_problem(path)
    if problem:
        raise SourceError(f"{problem}. Refusing to build beside an altered announcement.")
    return Source(path, data.decode("utf-8"), actual)
