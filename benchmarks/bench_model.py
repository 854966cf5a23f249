"""Time the EIH model against its budgets (README, "Performance budgets") and name the machine.

Run: ``.venv/bin/python benchmarks/bench_model.py``. Prints a plain-text table of medians. Exits non-zero only
if a model call raises; a budget miss is reported in the table, not as a failure.
"""

from __future__ import annotations

import os
import platform
import statistics
import sys
import timeit
from collections.abc import Callable
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # run as a script from a checkout

from benchmarks.budgets import record  # noqa: E402
from widgets import model  # noqa: E402  (installed editable by requirements.txt, -e .)

# Rows whose median goes into the summary table of every budget (benchmarks/summary.py).
SUMMARY_KEYS = {"acute() time course with band": "model.acute",
                "program() 12 weeks with band": "model.program"}

REPEATS = 15  # timeit repeats; the median of the per-call times is reported


def cpu_model() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "unknown CPU"


def median_seconds(call: Callable[[], object]) -> float:
    timer = timeit.Timer(call)
    number, _ = timer.autorange()  # enough calls for about 0.2 s per repeat
    return statistics.median(t / number for t in timer.repeat(repeat=REPEATS, number=number))


def operations() -> list[tuple[str, Callable[[], object], float | None]]:
    """(name, call, budget in seconds or None where the README sets none)."""
    aerobic = model.Bout("aerobic", 75, 30)
    marathon = model.Bout("aerobic", 70, 206)
    return [
        ("acute() time course with band", lambda: model.acute(aerobic, "healthy"), 1e-3),
        ("program() 12 weeks with band", lambda: model.program(aerobic, 3, 12, "fibromyalgia"), 10e-3),
        (
            "program() 52 + 52 weeks detraining",
            lambda: model.program(aerobic, 3, 52, "fibromyalgia", 52),
            10e-3,
        ),
        ("after_effects() 0-72 h", lambda: model.after_effects(aerobic, "fibromyalgia"), None),
        ("cytokines() marathon", lambda: model.cytokines(marathon, "athlete"), None),
        ("repeated_pain() 7 days", lambda: model.repeated_pain(range(7), "healthy"), None),
        ("cpm()", lambda: model.cpm("fibromyalgia"), None),
        (
            "training_inflammation() 12 weeks",
            lambda: model.training_inflammation(aerobic, 3, 12, "fibromyalgia"),
            None,
        ),
    ]


def format_time(seconds: float) -> str:
    return f"{seconds * 1e3:.3f} ms"


def main() -> int:
    rows = []
    for name, call, budget in operations():
        median = median_seconds(call)
        within = "n/a" if budget is None else ("yes" if median < budget else "NO - over budget")
        limit = "-" if budget is None else f"< {format_time(budget)}"
        rows.append((name, format_time(median), limit, within))
        if name in SUMMARY_KEYS:
            record(SUMMARY_KEYS[name], median * 1e3, name)

    print("EIH model benchmark (median of", REPEATS, "repeats)")
    print(f"CPU: {cpu_model()}; cores: {os.cpu_count()}")
    print(f"Python {platform.python_version()}; numpy {np.__version__}; {platform.platform(terse=True)}")
    print()
    header = ("operation", "median", "budget", "within budget")
    widths = [max(len(str(row[i])) for row in [header, *rows]) for i in range(len(header))]
    for row in [header, tuple("-" * w for w in widths), *rows]:
        print("  ".join(str(cell).ljust(width) for cell, width in zip(row, widths, strict=True)).rstrip())
    misses = [row[0] for row in rows if row[3].startswith("NO")]
    if misses:
        print("\nOVER BUDGET:", ", ".join(misses))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
