"""Training over weeks: clinical pain relief and resting sensitivity.

The programme dose follows the training literature, not the acute response: relief depends on exercise type
(per condition), sessions per week and the number of sessions done, and hardly on intensity or session length
(E21 Juhl 2014 meta-regression; E23 network meta-analysis; C12). With t in weeks, T the programme length and
s sessions per week:

    q = type(pop, modality) * F(s) * I(intensity) * D(minutes), each 1 for the reference trial programme
        F(s) = H(s; s50, n_s) / H(s_ref)      saturating Hill in sessions per week (E21, E26, C11)
        I, D = Hill floors below the intensities and session lengths trials used: flat above them (E21)
    benefit(t) = A * q * (1 - exp(-s * min(t, T) / (tau_train * s_ref)))   (builds per session done, E21)
                 * exp(-max(t - T, 0) / tau_detrain)                          (fades after stopping)
    penalty(t) = F_pop * flare_load * share * F(s) * exp(-t / tau_adapt)     (too much too soon, I2: the
                 acute flare load, so harder or longer sessions cost more early on but bring no more relief)

pain_relief = A_relief * ... - penalty;  threshold and tolerance use A_threshold and A_tolerance (tolerance
also scaled by exercise type, E28).
"""

from __future__ import annotations

from collections.abc import Sequence
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
        type_factor: clinical relief of this exercise type relative to aerobic exercise in this population
            (E21-E25, E30); 1 where no row separates types.
        dose_factor: asymptotic clinical relief relative to the reference trial programme (type x sessions
            per week x intensity floor x session-length floor).
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
    type_factor: float = 1.0
    dose_factor: float = 1.0


def _hill(x: float, midpoint: float, steepness: float) -> float:
    """x^n / (x^n + x50^n) for one positive number (a cheap scalar twin of ``dose.hill``)."""
    return 1.0 / (1.0 + (midpoint / x) ** steepness) if x > 0 else 0.0


def _reference_bout() -> Bout:
    return Bout("aerobic", par.value("training.reference_intensity"), par.value("training.reference_minutes"))


def frequency_response(sessions_per_week: float) -> float:
    """Saturating effect of sessions per week, 1 at the reference 3 a week.

    E21: supervised exercise at least 3 times a week relieved more (0.68 vs 0.41); E26: 3 a week was the most
    effective frequency; C11: 5 a week beat 3 over one week.
    """
    midpoint, steepness = par.value("training.frequency_midpoint"), par.value("training.frequency_steepness")
    reference = par.value("training.reference_sessions")
    return _hill(sessions_per_week, midpoint, steepness) / _hill(reference, midpoint, steepness)


def session_floor(modality: str, intensity: float, minutes: float) -> float:
    """Intensity x session-length factor: a floor below the trials' range, flat above it (E21, C12)."""
    floor = par.value(f"training.intensity_floor.{modality}")
    intensity_part = _hill(intensity, floor, par.value("training.intensity_floor_steepness"))
    minutes_part = _hill(
        minutes, par.value(f"training.session_midpoint.{modality}"), par.value("training.session_steepness")
    )
    return intensity_part * minutes_part


def session_dose(bout: Bout, population: str) -> float:
    """One session relative to the reference trial session (3 x 30 min at 70% VO2max): about 1 for any
    session within the trials' range of intensity and length (E21: no impact of either)."""
    reference = _reference_bout()
    minutes = dose.effective_minutes(bout, population)
    reference_minutes = dose.effective_minutes(reference, population)
    return session_floor(bout.modality, bout.intensity, minutes) / session_floor(
        reference.modality, reference.intensity, reference_minutes
    )


def type_factor(modality: str, population: str) -> float:
    """Clinical relief of this exercise type relative to aerobic exercise here (E21-E25, E30)."""
    return par.lookup("training.type", population, modality)


def training_curve(week: np.ndarray, training_weeks: float, sessions_per_week: float) -> np.ndarray:
    """Share of the asymptotic benefit reached: builds per session done (E21), decays after training stops."""
    sessions_done = sessions_per_week * np.minimum(week, training_weeks)
    sessions_constant = par.value("training.time_constant") * par.value("training.reference_sessions")
    build = 1.0 - np.exp(-sessions_done / sessions_constant)
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
    # The training literature's dose, not the acute intensity threshold: sessions matter, intensity and
    # session length hardly do (E21, C12); harder sessions only add early flare (penalty below).
    shared_dose = frequency_response(sessions) * session_dose(bout, population)
    benefit = shared_dose * training_curve(week, training_weeks, sessions)
    penalty = early_penalty(bout, sessions, population, week, training_weeks)
    return _outcomes(week, benefit, penalty, bout.modality, population, training_weeks, shared_dose)


def graded_program(
    weekly_bouts: Sequence[Bout],
    sessions_per_week: float = 3,
    population: str = "fibromyalgia",
    detraining_weeks: int = 0,
) -> ProgramResult:
    """A graded programme: week k's sessions are ``weekly_bouts[k]`` (one exercise type throughout).

    The same model as :func:`program`, with the session changing from week to week: relief builds per
    session done with the average session dose of the weeks done so far, and the early "too much too soon"
    penalty follows the flare load of the current week's session (I2). With the same bout every week it is
    :func:`program` (tested).

    Args:
        weekly_bouts: one ``Bout`` per training week (1 to 52 weeks), all of the same exercise type.
        sessions_per_week, population, detraining_weeks: as for :func:`program`.

    Raises:
        ValueError: naming the argument, the value and the allowed range or choices.
    """
    allowed = par.INPUT_RANGES["weeks"]
    if isinstance(weekly_bouts, (str, bytes)) or not isinstance(weekly_bouts, Sequence) or not (
        allowed.low <= len(weekly_bouts) <= allowed.high
    ):
        raise ValueError(f"weekly_bouts must be a list of {allowed.low:g} to {allowed.high:g} Bouts, one per "
                         f"training week; got {weekly_bouts!r}")
    bouts = [check_bout(b) for b in weekly_bouts]
    if len({b.modality for b in bouts}) != 1:
        raise ValueError("weekly_bouts must all be of one exercise type (modality); got "
                         f"{sorted({b.modality for b in bouts})}")
    sessions = check_number("sessions_per_week", sessions_per_week)
    stop_weeks = check_number("detraining_weeks", detraining_weeks)
    check_choice("population", population)
    training_weeks = float(len(bouts))

    steps = int(round((training_weeks + stop_weeks) * par.GRID["programme_points_per_week"]))
    week = np.linspace(0.0, training_weeks + stop_weeks, steps + 1)
    # The training week each point falls in (the last one after training stops).
    current = np.minimum(np.floor(week), training_weeks - 1).astype(int)
    doses = np.array([session_dose(b, population) for b in bouts])
    done = np.minimum(week, training_weeks)
    # Session dose averaged over the sessions done so far (weeks are equal in sessions).
    cumulative = np.concatenate([[0.0], np.cumsum(doses)])
    dose_done = cumulative[current] + (done - current) * doses[current]
    average_dose = np.divide(dose_done, done, out=doses[:1].repeat(len(week)), where=done > 0)
    benefit = frequency_response(sessions) * average_dose * training_curve(week, training_weeks, sessions)
    distinct = list(dict.fromkeys(bouts))  # a graded plan repeats sessions: compute each one once
    penalties = np.array([early_penalty(b, sessions, population, week, training_weeks) for b in distinct])
    which = np.array([distinct.index(b) for b in bouts])[current]
    penalty = penalties[which, np.arange(len(week))]

    last_dose = frequency_response(sessions) * float(doses[-1])
    return _outcomes(week, benefit, penalty, bouts[0].modality, population, training_weeks, last_dose)


def _outcomes(week: np.ndarray, benefit: np.ndarray, penalty: np.ndarray, modality: str, population: str,
              training_weeks: float, shared_dose: float) -> ProgramResult:
    """Relief, threshold and tolerance from one benefit curve (share of the asymptote reached, times the
    sessions' dose) and one early-penalty curve, each outcome with its middle-80% band."""
    relief_type = type_factor(modality, population)
    clinical = population in par.CLINICAL_PAIN_POPULATIONS
    relief_size = par.value(f"relief.{population}") * relief_type if clinical else 0.0
    benefit_cv, harm_cv = par.value("training.response_cv"), par.value("harm_cv")

    def outcome(size: float) -> tuple[np.ndarray, tuple[np.ndarray, np.ndarray]]:
        mean = size * benefit - penalty
        return mean, spread.band(mean, benefit_cv * size * benefit + harm_cv * penalty)

    relief, relief_band = outcome(relief_size)
    threshold, threshold_band = outcome(par.value("training.threshold"))
    # E28: aerobic training raised tolerance, strength training did not.
    tolerance_size = par.value("training.tolerance") * par.value(f"training.tolerance_type.{modality}")
    tolerance, tolerance_band = outcome(tolerance_size)
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
        type_factor=relief_type,
        dose_factor=relief_type * shared_dose,
    )
