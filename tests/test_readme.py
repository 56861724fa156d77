"""The README's worked examples run as written and answer what they say they answer."""

from __future__ import annotations

import re
from pathlib import Path

import pandas as pd

README = Path(__file__).resolve().parents[1] / "README.md"


def _worked_examples() -> dict[str, object]:
    text = README.read_text("utf-8")
    section = text[text.index("### Worked examples") :]
    section = section[: section.index("\nWithout our code")]
    blocks = re.findall(r"```python\n(.*?)```", section, re.S)
    assert len(blocks) == 3
    namespace: dict[str, object] = {}
    for block in blocks:
        exec(compile(block, str(README), "exec"), namespace)  # noqa: S102
    return namespace


def test_the_worked_examples_answer_their_questions():
    found = _worked_examples()
    stakes = found["state_stakes"]
    assert isinstance(stakes, pd.DataFrame)
    pairs = set(zip(stakes["company_id"], stakes["holder_id"], strict=True))
    assert {
        ("sberbank", "russian-ministry-of-finance"),
        ("ntechlab", "rostec"),
        ("gazprom-neft", "russia"),
    } <= pairs
    assert ("dahua-technology", "fu-liquan") not in pairs  # a person is not the state
    by_sector = found["by_sector"]
    assert by_sector[("RU", "banking")] >= 1 and by_sector[("CN", "computer_vision")] >= 1
    evidence = found["evidence"]
    assert set(evidence["attribute"]) == {"ownership_type", "sector"}
    assert found["eur"]["unit"] == "EUR"
    columns = found["columns"]
    assert "eur" in set(columns["column"])
    in_euros = found["in_euros"]
    assert len(in_euros) == len(found["amounts"]) and in_euros.isna().any()
