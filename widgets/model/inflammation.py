"""Training and resting inflammation: C-reactive protein over weeks of training, and how far a population's
resting inflammatory markers sit from healthy people's.

With t in weeks, T the weeks of training and s sessions per week, the fall in resting C-reactive protein (CRP)
builds like the programme's other benefits, per session done (:mod:`widgets.model.training`):

    q(t)       = F(s) * G(session) * (1 - exp(-s * min(t, T) / (tau_train * s_ref)))
    crp(t)     = -A_crp * q(t)                              (SMD against no training; negative = lower)
    band(t)    = (-A_most * q(t), -A_least * q(t))           (the range the pooled analyses span)

A_crp = 0.26 is the pooled fall in CRP with training (G13); A_most = 0.53 the largest pooled fall (G14,
healthy people and heart disease alike); A_least = 0 because pooled randomised trials of aerobic exercise
alone found no significant change (G15). The band is therefore the spread *between studies*, not between
people: no row gives how much one person's CRP change varies.

CRP falls alike in healthy people and in heart disease (G14), and the mode of exercise matters little for
the IL-6 that drives it (G9), so the population and exercise type enter only through the session's dose
(``session_dose``: a floor below the intensities and lengths trials used, flat above them).

The population's resting difference from healthy people is plasma IL-6 as an SMD (positive = higher), where
a meta-analysis gives one: fibromyalgia, about 0.3 (G17-G19), a small difference.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from widgets import parameters as par
from widgets.model.dose import Bout, check_bout
from widgets.model.training import frequency_response, session_dose, training_curve
from widgets.model.validation import check_choice, check_number

RESTING_MARKER = "plasma IL-6"
"""The inflammatory marker that ``resting_difference`` compares with healthy people."""


@dataclass(frozen=True)
class InflammationResult:
    """Resting inflammatory tone over weeks of training.

    Attributes:
        week: weeks from the start of training (daily steps).
        crp: change in resting C-reactive protein, SMD against no training (negative = lower).
        band: (low, high) arrays for ``crp``: the range the pooled analyses span (G14 to G15), not a
            spread between people.
        training_weeks: weeks of training.
        resting_difference: the population's resting ``resting_marker`` against healthy people, SMD
            (positive = higher), or ``None`` where no meta-analysis gives one.
        resting_band: (low, high) of that difference across the meta-analyses, or ``None``.
        resting_marker: which marker ``resting_difference`` refers to.
    """

    week: np.ndarray
    crp: np.ndarray
    band: tuple[np.ndarray, np.ndarray]
    training_weeks: float
    resting_difference: float | None
    resting_band: tuple[float, float] | None
    resting_marker: str = RESTING_MARKER

    def at(self, week: float) -> float:
        """``crp`` at the step nearest ``week``."""
        return float(self.crp[int(np.argmin(np.abs(self.week - week)))])

    def band_at(self, week: float) -> tuple[float, float]:
        """``band`` at the step nearest ``week``."""
        index = int(np.argmin(np.abs(self.week - week)))
        return float(self.band[0][index]), float(self.band[1][index])


def resting_il6(population: str) -> tuple[float | None, tuple[float, float] | None]:
    """Resting plasma IL-6 against healthy people (SMD) and its range across meta-analyses (G17-G19)."""
    try:
        entry = par.get(f"resting.il6.{population}")
    except KeyError:
        return None, None
    return float(entry.value), (float(entry.low), float(entry.high))


def training_inflammation(
    bout: Bout, sessions_per_week: float = 3, weeks: int = 12, population: str = "healthy"
) -> InflammationResult:
    """Change in resting C-reactive protein over weeks of training, with the range the trials span.

    Args:
        bout: one session of the training.
        sessions_per_week: sessions per week. weeks: weeks of training.
        population: one of ``POPULATIONS``.

    Returns:
        An ``InflammationResult``: ``week``, ``crp`` (SMD against no training, negative = lower), its
        ``band`` and the population's ``resting_difference`` from healthy people where one is known.

    Raises:
        ValueError: naming the argument, the value and the allowed range or choices.
    """
    check_bout(bout)
    sessions = check_number("sessions_per_week", sessions_per_week)
    training_weeks = check_number("weeks", weeks)
    check_choice("population", population)

    steps = int(round(training_weeks * par.GRID["programme_points_per_week"]))
    week = np.linspace(0.0, training_weeks, steps + 1)
    # The same build-up as the programme's other benefits (per session done), so crp equals
    # -program(...).crp_reduction for the same programme.
    built = frequency_response(sessions) * session_dose(bout, population) * training_curve(
        week, training_weeks, sessions
    )
    # 0.0 - x rather than -x: no negative zeros (a chart would print "-0.00").
    crp = 0.0 - par.value("training.crp") * built
    band = (0.0 - par.value("inflammation.crp_most") * built,
            0.0 - par.value("inflammation.crp_least") * built)
    difference, spread = resting_il6(population)
    return InflammationResult(
        week=week,
        crp=crp,
        band=band,
        training_weeks=training_weeks,
        resting_difference=difference,
        resting_band=spread,
    )
