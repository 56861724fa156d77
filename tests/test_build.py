"""The build is deterministic and the committed tables are what the report gives."""

from __future__ import annotations

import filecmp
from pathlib import Path

from ruchina_ai_data.publish.writer import write_package as write_tables

REPO = Path(__file__).resolve().parents[1]


def _files(root: Path) -> list[str]:
    return sorted(str(p.relative_to(root)) for p in root.rglob("*") if p.is_file())


def test_two_builds_are_byte_identical(built_rows, tmp_path: Path):
    first, second = tmp_path / "a", tmp_path / "b"
    write_tables(built_rows, first)
    write_tables(built_rows, second)
    names = _files(first)
    assert names == _files(second)
    match, mismatch, errors = filecmp.cmpfiles(first, second, names, shallow=False)
    assert mismatch == [] and errors == []


def test_committed_tables_equal_a_fresh_build(built_rows, tmp_path: Path):
    write_tables(built_rows, tmp_path)
    for rel in _files(tmp_path):
        assert (REPO / rel).read_bytes() == (tmp_path / rel).read_bytes(), (
            f"{rel} is stale: run `ruchina-ai-data build` and commit"
        )


def test_a_row_with_an_undeclared_or_missing_column_is_refused(built_rows):
    import pytest

    from ruchina_ai_data.publish.files import to_arrow
    from ruchina_ai_data.spec import get_table

    table = get_table("metrics")
    row = dict(built_rows["metrics"][0])
    with pytest.raises(
        ValueError,
        match=r"metrics row 1: keys differ from the spec: "
        r"undeclared \['colour'\], missing \[\]",
    ):
        to_arrow(table, [{**row, "colour": "red"}])
    del row["unit"]
    with pytest.raises(ValueError, match=r"undeclared \[\], missing \['unit'\]"):
        to_arrow(table, [row])


def test_arrays_built_from_buffers_equal_pyarrow_arrays():
    import datetime as dt

    import pyarrow as pa

    from ruchina_ai_data.publish.arrays import build_array

    cases = [
        (["a", None, "é", ""], "string", pa.string()),
        ([1, None, -3, 2**40], "integer", pa.int64()),
        ([1.5, None, 0.1], "number", pa.float64()),
        ([True, None, False, True], "boolean", pa.bool_()),
        ([dt.date(2020, 2, 29), None, dt.date(1969, 12, 31)], "date", pa.date32()),
    ]
    for values, kind, arrow in cases:
        assert build_array(values, kind).equals(pa.array(values, arrow)), kind
    built = build_array(["b", None, "a"], "category", ("a", "b", "c"))
    expected = pa.DictionaryArray.from_arrays(pa.array([1, None, 0], pa.int32()), ["a", "b", "c"])
    assert built.equals(expected)


def test_the_build_does_not_import_pandas(tmp_path: Path):
    import subprocess
    import sys

    code = (
        "import sys; from pathlib import Path; from ruchina_ai_data.publish.files import "
        "to_arrow, write_parquet; from ruchina_ai_data.spec import get_table; "
        "t = get_table('editions'); write_parquet(to_arrow(t, []), Path(sys.argv[1])); "
        "print('pandas' in sys.modules)"
    )
    found = subprocess.run(
        [sys.executable, "-c", code, str(tmp_path / "x.parquet")],
        capture_output=True, text=True, check=True,
    )  # fmt: skip
    assert found.stdout.strip() == "False"
