"""Serve a database with Datasette and the generated metadata (the `explore` extra)."""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
from pathlib import Path

from .database import write_database
from .errors import ExploreError
from .metadata import datasette_metadata


def datasette_command(db: Path, metadata: Path, host: str, port: int) -> list[str]:
    """The Datasette command line: the database opened read-only, with our metadata."""
    return [
        sys.executable, "-m", "datasette", "serve", "--immutable", str(db),
        "--metadata", str(metadata), "--host", host, "--port", str(port),
        "--setting", "default_page_size", "50", "--setting", "sql_time_limit_ms", "5000",
    ]  # fmt: skip


def serve(db: Path | None, host: str = "127.0.0.1", port: int = 8001) -> int:
    """Serve `db` (default: a database written from the package into a temporary folder)
    until interrupted; returns Datasette's exit status."""
    try:
        import datasette  # noqa: F401
    except ImportError:
        raise ExploreError(
            "serving needs the explore extra: pip install 'ruchina-ai-data[explore]'"
        ) from None
    with tempfile.TemporaryDirectory(prefix="ruchina-explore-") as folder:
        if db is None:
            db = write_database(Path(folder) / "ruchina.db")
        elif not db.is_file():
            raise ExploreError(f"no database at {db}: write one with `ruchina-ai-data sqlite`")
        metadata = Path(folder) / "metadata.json"
        metadata.write_text(json.dumps(datasette_metadata(db.stem), indent=2), "utf-8")
        try:
            return subprocess.run(datasette_command(db, metadata, host, port)).returncode
        except KeyboardInterrupt:
            return 0
