"""The exercise bout and how its dose maps onto EIH and onto "too much".

Dose terms (all dimensionless, 0..1):

* intensity response  f_I(I) = I^n / (I^n + I50^n)                     (Hill on relative intensity)
* duration response   f_D(D | I) = D^m / (D^m + D50(I)^m)               (saturating; D50 shrinks with I)
* relative load       r = D / T_lim(I),  T_lim(I) = T_max * exp(k * (1 - I/100))   (time to exhaustion)
* exhaustion load     L = 1 - (1 - r^h * D / (D + D_exh)) * (1 - D^p / (D^p + D_ultra^p))
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from widgets import parameters as par
from widgets.model.validation import check_choice, check_number


@dataclass(frozen=True)
class Bout:
    """One bout of exercise.

    Attributes:
        modality: ``"aerobic"``, ``"isometric"`` or ``"dynamic_resistance"``.
        intensity: percent of VO2max (aerobic), of MVC (isometric) or of 1RM (dynamic resistance), 10-100.
        minutes: duration in minutes (1 to 360), or ``None`` for "to failure / exhaustion". A bout longer
            than a person could sustain at that intensity is treated as ending at exhaustion.
    """

    modality: str
    intensity: float
    minutes: float | None = None

    def __post_init__(self) -> None:
        check_choice("modality", self.modality)
        object.__setattr__(self, "intensity", check_number("intensity", self.intensity))
        if self.minutes is not None:
            object.__setattr__(self, "minutes", check_number("minutes", self.minutes))

    @property
    def intensity_unit(self) -> str:
        """Unit of :attr:`intensity` for this modality (``"% VO2max"``, ``"% MVC"`` or ``"% 1RM"``)."""
        return par.INTENSITY_UNITS[self.modality]


def check_bout(bout: object) -> Bout:
    """Return ``bout`` if it is a :class:`Bout`."""
    if not isinstance(bout, Bout):
        raise ValueError(f"bout must be a widgets.model.Bout(modality, intensity, minutes); got {bout!r}")
    return bout


def hill(x: np.ndarray | float, midpoint: float, steepness: float) -> np.ndarray:
    """x^n / (x^n + x50^n), written as 1 / (1 + (x50/x)^n) and safe at x = 0."""
    x = np.asarray(x, dtype=float)
    ratio = np.divide(midpoint, x, out=np.full_like(x, np.inf), where=x > 0)
    with np.errstate(over="ignore"):
        return 1.0 / (1.0 + ratio**steepness)


def intensity_response(modality: str, intensity: float, measure: str = "threshold") -> float:
    """Hill response to intensity (0..1); ratings and tolerance respond at lower intensity (A7, D5)."""
    midpoint = par.value(f"intensity_midpoint.{modality}")
    if measure != "threshold":
        midpoint *= par.value(f"measure.midpoint_factor.{measure}")
    return float(hill(intensity, midpoint, par.value(f"intensity_steepness.{modality}")))


def duration_midpoint(modality: str, intensity: float) -> float:
    """D50 (min): log-linear between the moderate anchor (C1, C8, D12) and the maximal value (A2, C8).

    For a sustained isometric hold D50 is about a minute: thresholds over the contracting muscle were
    already up at the start of the hold (D12) and 3 min added little over 1 min (C16).
    """
    anchor = par.value(f"duration_anchor_intensity.{modality}")
    moderate = par.value(f"duration_midpoint.{modality}")
    maximal = par.value(f"duration_midpoint_maximal.{modality}")
    fraction = (intensity - anchor) / (100.0 - anchor)
    return float(moderate * (maximal / moderate) ** fraction)


def duration_steepness(modality: str) -> float:
    """Hill exponent of the duration response; a modality-specific value wins over the shared one."""
    try:
        return par.value(f"duration_steepness.{modality}")
    except KeyError:
        return par.value("duration_steepness")


def duration_response(modality: str, intensity: float, minutes: np.ndarray | float) -> np.ndarray:
    """Saturating response to time spent exercising (0..1).

    Aerobic work builds a threshold-like S-curve (C1: 10 min at 75% did little, 30 min a lot). A sustained
    isometric hold rises from its first seconds and then levels off (D12, C16), so its exponent is lower.
    """
    return hill(minutes, duration_midpoint(modality, intensity), duration_steepness(modality))


def time_to_exhaustion(modality: str, intensity: float, population: str) -> float:
    """Minutes a person of this population could sustain this intensity (athletes last longer, G1/G2)."""
    check_choice("modality", modality)
    intensity = check_number("intensity", intensity)
    check_choice("population", population)
    at_max = par.value(f"exhaustion_time_at_max.{modality}")
    slope = par.value(f"exhaustion_slope.{modality}")
    return float(
        at_max * np.exp(slope * (1.0 - intensity / 100.0)) * par.lookup("endurance_factor", population)
    )


def effective_minutes(bout: Bout, population: str) -> float:
    """Duration actually exercised: the stated minutes, capped at exhaustion (or exhaustion when None).

    "To exhaustion" at an easy pace would run for days; it is capped at the longest bout the model accepts
    (``INPUT_RANGES["minutes"]``, six hours), beyond which none of its shapes has evidence."""
    longest = par.INPUT_RANGES["minutes"].high
    limit = min(time_to_exhaustion(bout.modality, bout.intensity, population), longest)
    return limit if bout.minutes is None else min(bout.minutes, limit)


def exhaustion_load(bout: Bout, population: str, elapsed: np.ndarray | float) -> np.ndarray:
    """How close to "too much" the work done after ``elapsed`` minutes is (0..1); C6, C14, C15."""
    elapsed = np.asarray(elapsed, dtype=float)
    relative = np.clip(elapsed / time_to_exhaustion(bout.modality, bout.intensity, population), 0.0, 1.0)
    near_exhaustion = relative ** par.value("exhaustion.exponent") * hill(
        elapsed, par.value("exhaustion.duration_midpoint"), 1.0
    )
    ultra = hill(elapsed, par.value("ultra.duration_midpoint"), par.value("ultra.steepness"))
    return 1.0 - (1.0 - near_exhaustion) * (1.0 - ultra)


def sensitisation(bout: Bout, population: str, site: str, elapsed: np.ndarray | float) -> np.ndarray:
    """Hyperalgesia (d, >= 0) from exhaustive or ultra-long work, scaled by working muscle mass (C14, C15).

    How prone a population is depends on the exercise type where studies say so: older adults held an
    isometric contraction to failure without sensitising (A20); whiplash did not sensitise after
    isometric exercise (B26, B27) although it did after cycling (B9).
    """
    site_share = par.value("exhaustion.local_share") if site == "local" else 1.0
    size = (
        site_share
        * par.value("exhaustion.sensitisation")
        * par.value(f"muscle_mass.{bout.modality}")
        * par.lookup("sensitisation_factor", population, bout.modality)
    )
    return size * exhaustion_load(bout, population, elapsed)


def effort(bout: Bout, population: str, measure: str = "threshold") -> float:
    """Dose that drives EIH (0..1): f_I x f_D at the end of the bout."""
    minutes = effective_minutes(bout, population)
    return intensity_response(bout.modality, bout.intensity, measure) * float(
        duration_response(bout.modality, bout.intensity, minutes)
    )


def exhaustion_fraction(bout: Bout, population: str = "healthy") -> float:
    """Share of the time to exhaustion the bout uses (0..1; 1 = to exhaustion)."""
    check_bout(bout)
    check_choice("population", population)
    limit = time_to_exhaustion(bout.modality, bout.intensity, population)
    return effective_minutes(bout, population) / limit
