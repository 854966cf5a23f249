"""Find controls that change nothing without a word of why (used by the figure and site tests).

A control is inert for a setting of the others when two of its options give the same chart data. A reader
who moves it and sees no change must be told why in the result sentence, or the chart reads as a claim the
evidence never made (widgets/figures/gaps.py). The rule the tests hold every explorer to: among options that
draw the same data, every sentence but at most one (the group whose evidence the chart shows) gives a
reason, so no two of them read as two findings that happen to agree.
"""

from __future__ import annotations

import json
import re
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence


def same_data_groups(grid: Iterable[tuple], control: int,
                     data: Callable[[tuple], object]) -> list[list[tuple]]:
    """Settings of ``grid`` that differ only in coordinate ``control`` and give the same ``data``."""
    by_rest: dict[tuple, dict[str, list[tuple]]] = defaultdict(lambda: defaultdict(list))
    for setting in grid:
        rest = setting[:control] + setting[control + 1:]
        by_rest[rest][json.dumps(data(setting), sort_keys=True, default=str)].append(setting)
    return [group for groups in by_rest.values() for group in groups.values() if len(group) > 1]


def unexplained(groups: Sequence[Sequence[tuple]], sentence: Callable[[tuple], str], reason: str) -> list:
    """The groups where more than one sentence lacks a ``reason`` (a regex). One may: the setting whose
    evidence the chart shows (healthy adults' curve, under "Healthy adults"). Two silent sentences are the
    failure: either the same words for different settings, or different words with no reason for the
    same chart."""
    failures = []
    for group in groups:
        texts = [sentence(s) for s in group]
        silent = [(s, t) for s, t in zip(group, texts, strict=True) if not re.search(reason, t)]
        if len(silent) > 1:
            failures.append({"settings": list(group), "without a reason": silent})
    return failures
