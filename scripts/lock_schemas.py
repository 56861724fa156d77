"""Record the table schemas of this release in `release/schema-lock.json`.

Run when a version is released. `tests/test_versioning.py` compares the current column spec
with the lock and fails when the schemas changed without the version bump the change needs.
"""

from __future__ import annotations

import json
from pathlib import Path

from ruchina_ai_data import __version__
from ruchina_ai_data.publish.table_schema import table_schema
from ruchina_ai_data.spec import TABLES

LOCK = Path(__file__).resolve().parents[1] / "release" / "schema-lock.json"


def main() -> int:
    lock = {"version": __version__, "tables": {t.name: table_schema(t) for t in TABLES}}
    LOCK.write_text(json.dumps(lock, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"locked the schemas of {len(TABLES)} tables at version {__version__} in {LOCK}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
