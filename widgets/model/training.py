"""Training over weeks: clinical pain relief and resting sensitivity.

With t in weeks, T the programme length and dose = [f(s) / f(s_ref) * effort / effort_ref]^gamma
(f(s) = s / (s + s50), a saturating weekly frequency):

    benefit(t) = A * dose * (1 - exp(-t / tau_train))                    while training (t <= T)
    benefit(t) = benefit(T) * exp(-(t - T) / tau_detrain)                 after it stops
    penalty(t) = F_pop * flare_load * share * f(s)/f(s_ref) * exp(-t / tau_adapt)  (too much too soon,
                 rising over the first days and gone within days of stopping)

pain_relief = A_relief * ... - penalty;  threshold and tolerance use A_threshold and A_tolerance.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from widgets import parameters as par
from widgets.model import dose, spread
from widgets.model.acute import flare_load
from widgets.model.dose import Bout, check_bout
from widgets.model.validation import check_choice, check_number


@dataclass(frozen=True)
class ProgramResult:
    """A training programme, then optional detraining.

    Attributes:
        week: weeks from the start (fractional, daily steps).
        pain_relief: clinical pain change, SMD vs control (positive = less pain); zero for populations
            without clinical pain (healthy, older adult, athlete).
        threshold, tolerance: change in resting pain threshold / tolerance, SMD (positive = less sensitive).
        crp_reduction: fall in resting C-reactive protein, SMD (positive = lower inflammatory tone).
        band: (low, high) for ``pain_relief``, middle 80% of people.
        threshold_band, tolerance_band: the same for ``threshold`` and ``tolerance``.
        training_weeks: weeks of training before detraining starts.
        share_worse: fraction of people whose clinical pain is worse at the end of training.
    """

    week: np.ndarray
    pain_relief: np.ndarray
    threshold: np.ndarray
    tolerance: np.ndarray
    crp_reduction: np.ndarray
    band: tuple[np.ndarray, np.ndarray]
    threshold_band: tuple[np.ndarray, np.ndarray]
    tolerance_band: tuple[np.ndarray, np.ndarray]
    training_weeks: float
    share_worse: float


def frequency_response(sessions_per_week: float) -> float:
    """Saturating effect of sessions per week (C11, C12), 1 at the reference programme's frequency."""
    midpoint = par.value("training.frequency_midpoint")
    reference = par.value("training.reference_sessions")
    return (sessions_per_week / (sessions_per_week + midpoint)) / (reference / (reference + midpoint))


def programme_dose(bout: Bout, sessions_per_week: float, population: str) -> float:
    """Dose relative to a typical trial programme (3 x 30 min at 70% VO2max), with a weak exponent (C12)."""
    reference = Bout(
        "aerobic", par.value("training.reference_intensity"), par.value("training.reference_minutes")
    )
    relative = (
        frequency_response(sessions_per_week)
        * dose.effort(bout, population)
        / dose.effort(reference, population)
    )
    return relative ** par.value("training.dose_exponent")


def training_curve(week: np.ndarray, training_weeks: float) -> np.ndarray:
    """Share of the asymptotic benefit reached: builds while training, decays after it stops."""
    build = 1.0 - np.exp(-np.minimum(week, training_weeks) / par.value("training.time_constant"))
    stopped = np.maximum(week - training_weeks, 0.0)
    return build * np.exp(-stopped / par.value("training.detraining_time"))


def early_penalty(
    bout: Bout, sessions_per_week: float, population: str, week: np.ndarray, training_weeks: float
) -> np.ndarray:
    """Too much too soon: early-weeks worsening in flare-prone people that fades as they adapt (I2)."""
    size = (
        par.lookup("flare.peak", population)
        * flare_load(bout, population)
        * par.value("training.flare_share")
        * frequency_response(sessions_per_week)
    )
    fading = np.exp(-np.minimum(week, training_weeks) / par.value("training.adaptation_time"))
    flare_weeks = par.value("flare.decay_time") / (24.0 * 7.0)
    onset = 1.0 - np.exp(-week / flare_weeks)  # no flare before the first session
    stopped = np.exp(-np.maximum(week - training_weeks, 0.0) / flare_weeks)
    return size * onset * fading * stopped


def program(
    bout: Bout,
    sessions_per_week: float = 3,
    weeks: int = 12,
    population: str = "fibromyalgia",
    detraining_weeks: int = 0,
) -> ProgramResult:
    """Weeks of repeated bouts: clinical pain relief (SMD), resting threshold and tolerance, CRP.

    Args:
        bout: one session of the programme.
        sessions_per_week: sessions per week. weeks: weeks of training.
        population: one of ``POPULATIONS``.
        detraining_weeks: weeks followed after training stops (the benefit fades).

    Returns:
        A ``ProgramResult``: ``week`` and, per week, ``pain_relief`` (clinical pain SMD, positive = less
        pain), resting ``threshold`` and ``tolerance`` (SMD) and the ``band`` of pain relief (middle 80%).

    Raises:
        ValueError: naming the argument, the value and the allowed range or choices.
    """
    check_bout(bout)
    sessions = check_number("sessions_per_week", sessions_per_week)
    training_weeks = check_number("weeks", weeks)
    stop_weeks = check_number("detraining_weeks", detraining_weeks)
    check_choice("population", population)

    steps = int(round((training_weeks + stop_weeks) * par.GRID["programme_points_per_week"]))
    week = np.linspace(0.0, training_weeks + stop_weeks, steps + 1)
    benefit = programme_dose(bout, sessions, population) * training_curve(week, training_weeks)
    penalty = early_penalty(bout, sessions, population, week, training_weeks)
    relief_size = par.value(f"relief.{population}") if population in par.CLINICAL_PAIN_POPULATIONS else 0.0
    benefit_cv, harm_cv = par.value("training.response_cv"), par.value("harm_cv")

    def outcome(size: float) -> tuple[np.ndarray, tuple[np.ndarray, np.ndarray]]:
        mean = size * benefit - penalty
        return mean, spread.band(mean, benefit_cv * size * benefit + harm_cv * penalty)

    relief, relief_band = outcome(relief_size)
    threshold, threshold_band = outcome(par.value("training.threshold"))
    tolerance, tolerance_band = outcome(par.value("training.tolerance"))
    end = int(np.argmin(np.abs(week - training_weeks)))
    end_spread = benefit_cv * relief_size * benefit[end] + harm_cv * penalty[end]
    return ProgramResult(
        week=week,
        pain_relief=relief,
        threshold=threshold,
        tolerance=tolerance,
        crp_reduction=par.value("training.crp") * benefit,
        band=relief_band,
        threshold_band=threshold_band,
        tolerance_band=tolerance_band,
        training_weeks=training_weeks,
        share_worse=spread.share_below_zero(float(relief[end]), float(end_spread)),
    )
