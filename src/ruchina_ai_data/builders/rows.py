"""What a table builder returns: rows as dicts keyed by the spec's column names."""

from __future__ import annotations

from typing import Any

Row = dict[str, Any]
