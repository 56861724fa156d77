"""Check `frictionless`: the whole package through frictionless (foreign keys included, which
it checks only when it validates a package). It runs in a process of its own, started
first, so that it uses the second core while the other checks run.

    python -m ruchina_ai_data.checks.frictionless_check ROOT   # prints the findings as JSON
"""

from __future__ import annotations

import dataclasses
import json
import subprocess
import sys
from pathlib import Path

from ..publish.paths import DESCRIPTOR
from .findings import Finding


def findings_of(root: Path) -> list[Finding]:
    """Validate `root/datapackage.json` with frictionless, in this process."""
    from frictionless import FrictionlessException, Package

    try:
        result = Package(str(root / DESCRIPTOR)).validate()
    except FrictionlessException as error:
        return [Finding("frictionless", str(error), file=DESCRIPTOR)]
    found = []
    for task in result.tasks:
        for error in task.errors:
            row = getattr(error, "row_number", None)
            found.append(
                Finding(
                    "frictionless",
                    f"{error.type}: {error.message}",
                    table=task.name.removesuffix("-parquet"),
                    file=task.place,
                    row=row - 1 if isinstance(row, int) else None,  # the header is row 1
                    column=getattr(error, "field_name", None),
                )
            )
    found += [Finding("frictionless", f"{e.type}: {e.message}") for e in result.errors]
    return found


class Concurrent:
    """frictionless validating `root` in a child process, started now, collected later."""

    def __init__(self, root: Path) -> None:
        command = [sys.executable, "-m", __name__, str(root)]
        self.process = subprocess.Popen(
            command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
        )

    def stop(self) -> None:
        """Stop the child (its findings are not needed)."""
        self.process.kill()
        self.process.communicate()

    def findings(self) -> list[Finding]:
        """Wait for the child and read what it found."""
        out, err = self.process.communicate()
        if self.process.returncode != 0:
            tail = err.strip().splitlines()[-1:] or ["no message"]
            message = f"frictionless could not run (exit {self.process.returncode}): {tail[0]}"
            return [Finding("frictionless", message)]
        return [Finding(**item) for item in json.loads(out)]


if __name__ == "__main__":
    found = findings_of(Path(sys.argv[1]))
    print(json.dumps([dataclasses.asdict(f) for f in found]))
