"""Benchmarks measured side by side in one run; prints medians and ratios.

    python scripts/bench.py [--repeat N]

(a) `load(name)` for every table against a bare `pyarrow.parquet.read_table().to_pandas()`;
(b) a fresh interpreter importing the package and loading a table against one importing
    pandas and pyarrow.parquet; (c) `validate` against `frictionless validate` alone;
(d) a full build from the report. Targets: (a) <= 1.5x, (b) <= 1.2x, (c) and (d) < 10 s.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path


def median_seconds(action: Callable[[], object], repeat: int) -> float:
    """Median wall time of `repeat` runs (after one warm-up run)."""
    action()
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        action()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def interleaved(
    a: Callable[[], object], b: Callable[[], object], repeat: int
) -> tuple[float, float]:
    """Medians of two actions run alternately, so machine noise hits both alike."""
    a(), b()
    ta, tb = [], []
    for _ in range(repeat):
        for action, sink in ((a, ta), (b, tb)):
            start = time.perf_counter()
            action()
            sink.append(time.perf_counter() - start)
    return statistics.median(ta), statistics.median(tb)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=15)
    args = parser.parse_args()

    import pyarrow.parquet as pq

    import ruchina_ai_data
    from ruchina_ai_data.checks import validate_package

    print(f"(a) load() against pyarrow read_table().to_pandas(), median of {args.repeat}")
    print(f"    {'table':<20} {'load ms':>9} {'bare ms':>9} {'ratio':>6}")
    ratios = []
    for name in ruchina_ai_data.tables():
        file = ruchina_ai_data.path(name)
        ours, bare = interleaved(
            lambda n=name: ruchina_ai_data.load(n),
            lambda f=file: pq.read_table(f).to_pandas(),
            args.repeat,
        )
        ratios.append(ours / bare)
        print(f"    {name:<20} {ours * 1e3:>9.2f} {bare * 1e3:>9.2f} {ours / bare:>6.2f}")
    print(f"    median ratio {statistics.median(ratios):.2f} (target <= 1.5)")

    python = sys.executable
    ours_cmd = [python, "-c", "import ruchina_ai_data; ruchina_ai_data.load('footnotes_en')"]
    bare_cmd = [python, "-c", "import pandas, pyarrow.parquet"]
    ours, bare = interleaved(
        lambda: subprocess.run(ours_cmd, check=True),
        lambda: subprocess.run(bare_cmd, check=True),
        max(5, args.repeat // 2),
    )
    print("(b) fresh interpreter: import + load('footnotes_en') against import pandas, pyarrow")
    print(
        f"    {ours * 1e3:.0f} ms against {bare * 1e3:.0f} ms: ratio {ours / bare:.2f} "
        "(target <= 1.2)"
    )

    root = ruchina_ai_data.data_root()
    frictionless = [
        str(Path(python).with_name("frictionless")),
        "validate",
        str(root / "datapackage.json"),
    ]
    ours = median_seconds(lambda: validate_package(root), 3)
    bare = median_seconds(lambda: subprocess.run(frictionless, check=True, capture_output=True), 3)
    print("(c) validate (every check, source included) against frictionless validate alone")
    print(f"    {ours:.2f} s against {bare:.2f} s: ratio {ours / bare:.2f} (target < 10 s)")

    from ruchina_ai_data.pipeline import build

    with tempfile.TemporaryDirectory() as out:
        seconds = median_seconds(lambda: build(out=Path(out)), 3)
    print(f"(d) full build from the report: {seconds:.2f} s (target < 10 s)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
