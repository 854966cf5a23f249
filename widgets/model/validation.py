"""Input checks shared by every public model function.

Every bad argument raises ``ValueError`` naming the argument, the value it got and what is allowed. Ranges
and choices come from :mod:`widgets.parameters` (the same source the sliders read).
"""

from __future__ import annotations

import math
import numbers
from collections.abc import Iterable

import numpy as np

from widgets import parameters


def check_choice(name: str, value: object, choices: tuple[str, ...] | None = None) -> str:
    """Return ``value`` if it is one of the allowed strings for ``name``."""
    allowed = parameters.CHOICES[name] if choices is None else choices
    if not isinstance(value, str) or value not in allowed:
        raise ValueError(f"{name} must be one of {', '.join(repr(c) for c in allowed)}; got {value!r}")
    return value


def _is_number(value: object) -> bool:
    return isinstance(value, numbers.Real) and not isinstance(value, (bool, np.bool_))


def check_number(name: str, value: object, range_name: str | None = None) -> float:
    """Return ``value`` as a float if it is a finite number inside ``INPUT_RANGES[range_name or name]``."""
    allowed = parameters.INPUT_RANGES[range_name or name]
    problem = f"{name} must be {allowed.describe()}; got {value!r}"
    if not _is_number(value):
        raise ValueError(problem)
    number = float(value)  # type: ignore[arg-type]
    if not math.isfinite(number) or not allowed.low <= number <= allowed.high:
        raise ValueError(problem)
    if allowed.integer and not number.is_integer():
        raise ValueError(problem)
    return number


def check_within(name: str, value: object, low: float, high: float, unit: str) -> float:
    """Return ``value`` as a float if it is a finite number between ``low`` and ``high`` (inclusive)."""
    problem = f"{name} must be a number from {low:g} to {high:g} {unit}; got {value!r}"
    if not _is_number(value):
        raise ValueError(problem)
    number = float(value)  # type: ignore[arg-type]
    if not math.isfinite(number) or not low <= number <= high:
        raise ValueError(problem)
    return number


def check_session_days(value: object) -> np.ndarray:
    """Session days as a float array: whole numbers in range, strictly increasing, at least one."""
    allowed = parameters.INPUT_RANGES["session_day"]
    problem = (
        "session_days must be a non-empty, strictly increasing sequence of whole-number days, each "
        f"{allowed.describe()}; got {value!r}"
    )
    if isinstance(value, (str, bytes)) or not isinstance(value, Iterable):
        raise ValueError(problem)
    days = list(value)
    if not days or len(days) > allowed.high + 1:
        raise ValueError(problem)
    for day in days:
        if not isinstance(day, numbers.Integral) or isinstance(day, (bool, np.bool_)):
            raise ValueError(problem)
        if not allowed.low <= int(day) <= allowed.high:
            raise ValueError(problem)
    array = np.asarray([int(day) for day in days], dtype=float)
    if np.any(np.diff(array) <= 0):
        raise ValueError(problem)
    return array
