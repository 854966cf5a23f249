"""Print every budget beside its latest measured median (the last step of `make bench`).

The medians come from the benchmark scripts (benchmarks/budgets.py ``record``); this script measures
nothing itself. Exit status 0 even when a budget is missed: the table is a report, and a miss is
shown as "NO" in it (the README asks for misses to be fixed, not hidden).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.budgets import BUDGETS, RESULTS, load  # noqa: E402
from benchmarks.machine import machine_summary  # noqa: E402


def number(value: float, unit: str) -> str:
    text = f"{value:.3g}" if value < 10 else f"{value:,.0f}"
    return f"{text} {unit}" if unit != "x" else f"{text}x"


def rows() -> list[tuple[str, str, str, str, str]]:
    results = load()
    table = []
    for budget in BUDGETS:
        limit = "< " + number(budget.limit, budget.unit)
        found = results.get(budget.key)
        if found is None:
            table.append((budget.what, "not measured", limit, "?", ""))
            continue
        within = "yes" if found["median"] < budget.limit else "NO"
        table.append((budget.what, number(found["median"], budget.unit), limit, within,
                      f"{found['detail']} ({found['measured']})".strip()))
    return table


def main() -> int:
    print(f"\nEvery budget, latest medians ({RESULTS.relative_to(RESULTS.parents[2])})")
    print(f"Machine: {machine_summary()}")
    machines = {entry["machine"] for entry in load().values()}
    if machines - {machine_summary()}:
        print(f"NOTE: some rows were measured on another machine: {sorted(machines)}")
    header = ("budget", "median", "limit", "within", "worst case (when)")
    table = rows()
    widths = [max(len(row[i]) for row in [header, *table]) for i in range(len(header))]
    for row in [header, tuple("-" * w for w in widths), *table]:
        print("  ".join(cell.ljust(width) for cell, width in zip(row, widths, strict=True)).rstrip())
    return 0


if __name__ == "__main__":
    sys.exit(main())
