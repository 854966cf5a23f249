"""Every performance budget the project holds itself to, and where each benchmark records its median.

Each benchmark script (`make bench` runs them all) prints its own detailed table and also calls
:func:`record` for the rows that a budget governs. ``benchmarks/summary.py`` runs last and prints
one table: every budget beside its measured median, the machine and when it was measured, so no
budget can silently drop out of the report. A budget no script measured shows as "not measured".

The results file lives under ``_build/`` (never committed): it describes this machine, not the code.
"""

from __future__ import annotations

import json
import time
from dataclasses import dataclass
from pathlib import Path

from benchmarks.machine import machine_summary

ROOT = Path(__file__).resolve().parent.parent
RESULTS = ROOT / "_build" / "bench" / "results.json"


@dataclass(frozen=True)
class Budget:
    key: str
    what: str
    limit: float
    unit: str  # "ms", "s", "kB" or "min"


# The same list, in the same order, as the README's "Performance budgets" table.
BUDGETS = (
    Budget("model.acute", "model: one acute bout time course", 1, "ms"),
    Budget("model.program", "model: 12-week programme with uncertainty band", 10, "ms"),
    Budget("site.redraw", "static page: control to redrawn chart (worst page)", 16, "ms"),
    Budget("site.first_chart", "static page: first chart drawn from localhost (worst page)", 1, "s"),
    Budget("site.page_weight", "static page weight, own files (heaviest page)", 500, "kB"),
    Budget("site.first_visit", "first visit: everything the first page transfers", 1000, "kB"),
    Budget("voila.redraw", "Voila: slider move to redrawn chart", 100, "ms"),
    Budget("voila.redraw_ratio", "Voila: redraw as a multiple of a bare ipywidgets echo", 1.5, "x"),
    Budget("voila.first_chart", "Voila: request to first chart, preheated kernels (worst dashboard)", 2, "s"),
    Budget("panel.redraw", "live panel in a kernel: slider move to redrawn chart (worst panel)", 100, "ms"),
    Budget("build.clean", "clean book build with execution", 3, "min"),
    Budget("build.cached", "cached rebuild", 30, "s"),
    Budget("tests.full", "full test command", 15, "min"),
)
BY_KEY = {budget.key: budget for budget in BUDGETS}


def load() -> dict[str, dict]:
    return json.loads(RESULTS.read_text()) if RESULTS.exists() else {}


def record(key: str, median: float, detail: str = "") -> None:
    """Store one budget's measured median (in the budget's own unit) for the summary table.

    A script that measures several cases of one budget (pages, panels) records the worst case and
    names it in ``detail``.
    """
    if key not in BY_KEY:
        raise KeyError(f"unknown budget {key!r}; the budgets are {sorted(BY_KEY)}")
    results = load()
    results[key] = {"median": median, "detail": detail, "machine": machine_summary(),
                    "measured": time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime())}
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    RESULTS.write_text(json.dumps(results, indent=1, sort_keys=True))
