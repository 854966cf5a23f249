"""Time each chapter's live panel in this kernel: a slider move to the redrawn chart (budget 100 ms).

What is timed is everything the kernel does for one move: the model call, the chart from the same builder
as the static site, the spec sent to the JupyterChart widget and the new result sentence. The browser's
own redraw is not included (there is no browser here). Prints a table of medians with the machine named.

Run: ``.venv/bin/python benchmarks/bench_panels.py [--moves N]``
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))  # run as a script from a checkout

from benchmarks.budgets import record  # noqa: E402
from benchmarks.machine import machine_summary  # noqa: E402
from widgets.controls.descending import acute_explorer_panel  # noqa: E402
from widgets.controls.dosing import dosing_panel  # noqa: E402
from widgets.controls.immune import cytokine_panel  # noqa: E402
from widgets.controls.modulation import repeated_pain_panel  # noqa: E402

BUDGET_MS = 100
# (chapter, panel factory, the control moved): a slider every reader touches first.
PANELS = (
    ("descending: acute explorer", acute_explorer_panel, "intensity"),
    ("immune: cytokine curves", cytokine_panel, "intensity"),
    ("modulation: repeated pain", repeated_pain_panel, "sessions"),
    ("dosing: two doses", dosing_panel, "intensity_b"),
)


def slider_moves_ms(panel, name: str, moves: int) -> list[float]:
    """Move one slider back and forth over a few steps and time each redraw."""
    slider = panel.controls[name]
    start = slider.value
    step = slider.step or 1
    times = []
    for i in range(moves):
        target = start + step * ((i % 5) + 1) * (1 if i % 2 else -1)
        target = min(max(target, slider.min), slider.max)
        if target == slider.value:
            target = slider.min if slider.value != slider.min else slider.max
        began = time.perf_counter()
        slider.value = type(slider.value)(target)
        times.append((time.perf_counter() - began) * 1e3)
        assert panel.message.value == "", panel.message.value  # a rejected value would time nothing
    return times


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--moves", type=int, default=20)
    args = parser.parse_args()
    print(f"Live panels in a kernel: median of {args.moves} slider moves (first draw excluded)")
    print(f"Machine: {machine_summary()}")
    print(f"{'panel':<30} {'control':<14} {'median (ms)':>12} {'budget':>7}  within")
    medians = {}
    for label, factory, control in PANELS:
        panel = factory()
        slider_moves_ms(panel, control, 3)  # warm caches (chart templates, axis tops)
        median = statistics.median(slider_moves_ms(panel, control, args.moves))
        verdict = "yes" if median < BUDGET_MS else "NO"
        print(f"{label:<30} {control:<14} {median:>12.1f} {BUDGET_MS:>7}  {verdict}")
        medians[label] = median
    worst = max(medians, key=medians.get)
    record("panel.redraw", medians[worst], worst)
    return 0


if __name__ == "__main__":
    sys.exit(main())
