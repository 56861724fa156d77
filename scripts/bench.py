"""Benchmarks measured side by side in one run: prints medians, ratios and their targets.

    python scripts/bench.py [--repeat N]

Every comparison runs its two sides alternately, so that machine noise hits both alike.
Commands are timed as fresh processes (the way a user or CI runs them); `load` is timed
inside one process after a warm-up.

    (a) `ruchina-ai-data build`             vs `frictionless validate datapackage.json`  <= 1.0
    (b) `ruchina-ai-data validate --no-source` vs the same frictionless run             <= 1.3
    (c) `ruchina-ai-data validate` (rebuild from the report included) vs frictionless   <= 2.0
    (d) `load(name)` vs `pyarrow.parquet.read_table(path).to_pandas()`: median over the
        tables <= 1.2, worst table <= 1.5
    (e) fresh `import ruchina_ai_data; load(...)` vs fresh `import pandas, pyarrow.parquet`
                                                                                        <= 1.1
Exit status 1 when a target is missed.
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

ROOT = Path(__file__).resolve().parents[1]
BIN = Path(sys.executable).parent


def interleaved(
    a: Callable[[], object], b: Callable[[], object], repeat: int
) -> tuple[float, float]:
    """Medians of two actions run alternately (after one warm-up run of each)."""
    a(), b()
    ta, tb = [], []
    for _ in range(repeat):
        for action, sink in ((a, ta), (b, tb)):
            start = time.perf_counter()
            action()
            sink.append(time.perf_counter() - start)
    return statistics.median(ta), statistics.median(tb)


def command(*args: str) -> Callable[[], object]:
    """A command run to completion, its output discarded; failure stops the benchmark."""
    return lambda: subprocess.run(args, check=True, capture_output=True, cwd=ROOT)


def verdict(ratio: float, target: float) -> str:
    return f"{ratio:.2f} (target <= {target}) {'ok' if ratio <= target else 'MISSED'}"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=7)
    args = parser.parse_args()
    repeat = args.repeat
    ok = True

    cli, frictionless = str(BIN / "ruchina-ai-data"), str(BIN / "frictionless")
    bare_check = command(frictionless, "validate", str(ROOT / "datapackage.json"))
    with tempfile.TemporaryDirectory() as out:
        runs = {
            "(a) build": (command(cli, "build", "--out", out), 1.0),
            "(b) validate --no-source": (command(cli, "validate", str(ROOT), "--no-source"), 1.3),
            "(c) validate, rebuild included": (command(cli, "validate", str(ROOT)), 2.0),
        }
        print(f"commands against `frictionless validate datapackage.json`, median of {repeat}")
        for label, (ours, target) in runs.items():
            mine, theirs = interleaved(ours, bare_check, repeat)
            ok &= mine / theirs <= target
            print(
                f"  {label:<32} {mine:6.2f} s vs {theirs:6.2f} s: {verdict(mine / theirs, target)}"
            )

    import pyarrow.parquet as pq

    import ruchina_ai_data

    print(f"(d) load() against pyarrow read_table().to_pandas(), median of {repeat * 3}")
    ratios = {}
    for name in ruchina_ai_data.tables():
        file = ruchina_ai_data.path(name)
        mine, theirs = interleaved(
            lambda n=name: ruchina_ai_data.load(n),
            lambda f=file: pq.read_table(f).to_pandas(),
            repeat * 3,
        )
        ratios[name] = mine / theirs
        print(f"    {name:<20} {mine * 1e3:7.2f} ms vs {theirs * 1e3:7.2f} ms: {mine / theirs:.2f}")
    median, worst = statistics.median(ratios.values()), max(ratios.values())
    ok &= median <= 1.2 and worst <= 1.5
    print(f"  median ratio {verdict(median, 1.2)}")
    print(f"  worst ratio  {verdict(worst, 1.5)} ({max(ratios, key=ratios.__getitem__)})")

    python = sys.executable
    ours = command(python, "-c", "import ruchina_ai_data; ruchina_ai_data.load('footnotes_en')")
    bare = command(python, "-c", "import pandas, pyarrow.parquet")
    mine, theirs = interleaved(ours, bare, repeat * 2)
    ok &= mine / theirs <= 1.1
    print("(e) fresh interpreter: import + load('footnotes_en') vs import pandas, pyarrow.parquet")
    print(f"  {mine * 1e3:.0f} ms vs {theirs * 1e3:.0f} ms: {verdict(mine / theirs, 1.1)}")
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
