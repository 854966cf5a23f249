"""Person-to-person spread, in closed form (deterministic, no sampling).

People differ in their EIH gain (normal around the population mean, SD ``individual_sd``) and in how strongly
"too much" hurts them (relative SD ``harm_cv``). The two are treated as perfectly linked (someone with less
EIH also flares more), so a person at normal quantile z has effect ``mean + z * spread`` with
``spread = sd_gain * dose + cv_harm * harm``. The band is the 10th-90th percentile of people.
"""

from __future__ import annotations

from statistics import NormalDist

import numpy as np

from widgets import parameters as par

_LOW, _HIGH = par.BAND_PERCENTILES
Z_LOW = NormalDist().inv_cdf(_LOW / 100.0)
Z_HIGH = NormalDist().inv_cdf(_HIGH / 100.0)


def band(mean: np.ndarray, spread: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """(low, high) arrays for the middle 80% of people; always contains ``mean`` because spread >= 0."""
    spread = np.abs(spread)
    return mean + Z_LOW * spread, mean + Z_HIGH * spread


def share_below_zero(mean: float, spread: float) -> float:
    """Fraction of people whose effect is negative (worse pain)."""
    if spread <= 0:
        return float(mean < 0)
    return NormalDist().cdf(-mean / abs(spread))


def first_order_decay(values_at_end: float, elapsed: np.ndarray, time_constant: float) -> np.ndarray:
    """values_at_end * exp(-elapsed / time_constant)."""
    return values_at_end * np.exp(-elapsed / time_constant)
