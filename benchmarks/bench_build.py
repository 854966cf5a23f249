"""Time a clean book build with execution and a cached rebuild (budgets: 3 min and 30 s on 2 cores).

A clean build runs in a fresh copy of the files git tracks (no _build, no execution cache), as on a
fresh clone, with the chapters importing that copy's widgets/. The one thing carried over is the
vendored JavaScript (_vendor_build), because fetching it from npm times the network, not the build;
the copy's build still runs the vendoring step, which finds it in place. The cached rebuild is the
same command again with nothing changed.

Each build runs once (a clean build takes minutes), so the "median" is of one run; the table says so.

Run: ``.venv/bin/python benchmarks/bench_build.py``
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))  # run as a script from a checkout

from benchmarks.budgets import BY_KEY, record  # noqa: E402
from benchmarks.machine import machine_summary  # noqa: E402


def tracked_copy(destination: Path) -> None:
    """Copy what a clone would have: the files git tracks, plus the vendored JavaScript."""
    files = subprocess.run(["git", "ls-files", "-z"], cwd=ROOT, capture_output=True, check=True).stdout
    for name in filter(None, files.decode().split("\0")):
        source = ROOT / name
        if source.is_file():
            target = destination / name
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(source, target)
    vendored = ROOT / "_vendor_build"
    if not vendored.exists():
        sys.exit("no _vendor_build/: run `make book` once first (it fetches the JavaScript from npm)")
    shutil.copytree(vendored, destination / "_vendor_build", symlinks=True)


def timed_build(root: Path) -> float:
    started = time.monotonic()
    # PYTHONPATH makes the copy's widgets/ the one the chapters import (the venv's editable install
    # points at the checkout); the build's own output goes to the terminal as progress.
    env = {**os.environ, "PYTHONPATH": str(root)}
    result = subprocess.run([sys.executable, str(root / "tools" / "build_book.py")], cwd=root, env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    took = time.monotonic() - started
    if result.returncode != 0:
        print(result.stdout[-4000:])
        sys.exit(f"the build in {root} failed (exit {result.returncode})")
    return took


def main() -> int:
    print("Book build: a clean build with execution, then a cached rebuild (one run each)")
    print(f"Machine: {machine_summary()}")
    with tempfile.TemporaryDirectory(prefix="eih-bench-build-") as tmp:
        root = Path(tmp)
        tracked_copy(root)
        print("[bench] clean build in a fresh copy of the tracked files (a few minutes)...", flush=True)
        clean = timed_build(root)
        print("[bench] cached rebuild...", flush=True)
        cached = timed_build(root)
    rows = (("clean build with execution", clean / 60, "build.clean", "min"),
            ("cached rebuild", cached, "build.cached", "s"))
    print(f"{'build':<28} {'time':>10} {'budget':>10}  within")
    for label, value, key, unit in rows:
        limit = BY_KEY[key].limit
        print(f"{label:<28} {value:>8.2f} {unit:<2}{'< ' + format(limit, 'g') + ' ' + unit:>10}  "
              f"{'yes' if value < limit else 'NO'}")
        record(key, value, f"{label}, one run")
    return 0


if __name__ == "__main__":
    sys.exit(main())
