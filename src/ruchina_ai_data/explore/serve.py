"""Serve a database with Datasette and the generated metadata (the `explore` extra)."""

from __future__ import annotations

import json
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from ..extras import require_installed
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
    require_installed(("datasette",), "explore", "serving the explorer")
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


def free_port() -> int:
    """A TCP port nothing listens on now."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@contextmanager
def running(db: Path, timeout: float = 20.0) -> Iterator[str]:
    """`ruchina-ai-data serve DB` in a child process on a free local port, for tests and
    screenshots: yields the site's address once it answers, and stops it afterwards."""
    port = free_port()
    command = [sys.executable, "-m", "ruchina_ai_data", "serve", str(db), "--port", str(port)]
    server = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    site = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + timeout
        while True:
            try:
                urllib.request.urlopen(site + "/-/versions.json", timeout=1)
                break
            except OSError:
                if server.poll() is not None or time.monotonic() > deadline:
                    output = server.stdout.read().decode() if server.stdout else ""
                    raise ExploreError(f"the explorer did not start: {output[-2000:]}") from None
                time.sleep(0.1)
        yield site
    finally:
        server.terminate()
        server.wait(10)
