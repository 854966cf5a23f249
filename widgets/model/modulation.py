"""Pain modulating pain: conditioned pain modulation, resting sensitivity, habituation across days.

CPM (effect size d on a test stimulus, positive = less pain):
    during conditioning: C = C_healthy * g_pop;  after it: C * exp(-t / tau_CPM)        (F1-F5, D3)
Habituation across days (H1-H5, H9), one test exposure per session day:
    before each session h decays as h * exp(-days / tau_hab); each session adds step * (1 - h / ceiling);
    effect(day) = factor(pop, stimulus) * h(day)   (negative factor = sensitisation, FM to cold)
    people differ with SD = cv * effect, wide enough that some healthy people sensitise (H5, H15, H16)
Resting sensitivity: SMDs from healthy adults; PPT at the painful site and away from it (B21-B25, F20, F21).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from widgets import parameters as par
from widgets.model import spread
from widgets.model.validation import check_choice, check_session_days


@dataclass(frozen=True)
class CPMResult:
    """Conditioned pain modulation.

    Attributes:
        during: effect size (d) on a test stimulus while the conditioning stimulus is on.
        after: mean effect size over the minutes just after it ends (the after-effect).
        minutes: minutes from the start of conditioning; effect: the time course (d); band: (low, high).
        conditioning_minutes: how long the conditioning stimulus lasts.
    """

    during: float
    after: float
    minutes: np.ndarray
    effect: np.ndarray
    band: tuple[np.ndarray, np.ndarray]
    conditioning_minutes: float


@dataclass(frozen=True)
class RestingSensitivity:
    """Resting pain sensitivity vs healthy adults (SMD; positive = less sensitive or stronger CPM).

    Attributes:
        threshold: pressure pain threshold away from the painful site (widespread sensitivity); the
            same number as ``threshold_remote``, kept under its old name.
        tolerance: pain tolerance.
        cpm: conditioned pain modulation.
        threshold_local: pressure pain threshold at the painful site (the knee in knee osteoarthritis, the
            neck in whiplash, tender points in fibromyalgia); equal to ``threshold_remote`` where no
            study separates the two or the population has no painful site.
        threshold_remote: pressure pain threshold at sites away from the pain (B21-B25, F20, F21).
    """

    threshold: float
    tolerance: float
    cpm: float
    threshold_local: float
    threshold_remote: float


@dataclass(frozen=True)
class RepeatedPainResult:
    """Response to the same painful stimulus on repeated days.

    Attributes:
        day: days from the first session, up to 14 days after the last session day.
        effect: change vs the first exposure (d; positive = habituation, negative = sensitisation).
        band: (low, high), middle 80% of people; in healthy people it crosses zero because some of them
            sensitise where most habituate (H5, H15, H16).
        session_days: the days with a session.
        share_against_trend: fraction of people whose change goes the other way from the group's (the
            sensitisers among people who habituate on average, the habituators where the group sensitises);
            0 when the group does not change.
    """

    day: np.ndarray
    effect: np.ndarray
    band: tuple[np.ndarray, np.ndarray]
    session_days: np.ndarray
    share_against_trend: float


def cpm(population: str = "healthy") -> CPMResult:
    """CPM during a conditioning stimulus and its short after-effect for a population.

    Returns:
        A ``CPMResult``: ``during`` and ``after`` (effect size d, positive = less pain at the test site),
        and the time course in ``minutes`` from the start of the conditioning stimulus.

    Raises:
        ValueError: if ``population`` is not one of ``POPULATIONS``.
    """
    check_choice("population", population)
    strength = par.value("cpm.healthy") * par.lookup("cpm_gain", population)
    conditioning = par.value("cpm.conditioning_minutes")
    tau = par.value("cpm.after_time")
    minutes = np.linspace(0.0, conditioning + par.GRID["cpm_follow_up_minutes"], int(par.GRID["cpm_points"]))
    effect = strength * np.exp(-np.maximum(minutes - conditioning, 0.0) / tau)
    window = par.value("cpm.after_window")
    after = strength * tau / window * (1.0 - np.exp(-window / tau))  # mean of the decay over the window
    return CPMResult(
        during=strength,
        after=float(after),
        minutes=minutes,
        effect=effect,
        band=spread.band(effect, par.value("cpm.individual_cv") * effect),
        conditioning_minutes=conditioning,
    )


def resting(population: str = "healthy") -> RestingSensitivity:
    """Resting threshold, tolerance and CPM of a population compared with healthy adults (SMD).

    Returns:
        A ``RestingSensitivity`` whose fields are standardised mean differences from healthy adults
        (positive = higher threshold or tolerance, stronger CPM): ``threshold_local`` at the painful site,
        ``threshold_remote`` (also ``threshold``) away from it, ``tolerance`` and ``cpm``.

    Raises:
        ValueError: if ``population`` is not one of ``POPULATIONS``.
    """
    check_choice("population", population)
    remote = par.lookup("resting.threshold", population)
    return RestingSensitivity(
        threshold=remote,
        tolerance=par.lookup("resting.tolerance", population),
        cpm=par.lookup("resting.cpm", population),
        threshold_local=local_threshold(population, remote),
        threshold_remote=remote,
    )


def local_threshold(population: str, remote: float) -> float:
    """PPT at the painful site (B22, B23, B25); the remote value where no study gives a local one."""
    try:
        return par.lookup("resting.threshold_local", population)
    except KeyError:  # no local row (and no default): the site makes no known difference
        return remote


def habituation_state(session_days: np.ndarray, days: np.ndarray) -> np.ndarray:
    """Habituation carried into each day from sessions on earlier days (d, before the direction factor)."""
    step, ceiling = par.value("habituation.step"), par.value("habituation.ceiling")
    tau = par.value("habituation.decay_time")
    after_session = np.empty_like(session_days)
    level, last = 0.0, session_days[0]
    for index, session in enumerate(session_days):
        level *= np.exp(-(session - last) / tau)
        level += step * (1.0 - level / ceiling)
        after_session[index], last = level, session
    previous = np.searchsorted(session_days, days, side="left") - 1  # last session strictly before the day
    carried = after_session[np.maximum(previous, 0)] * np.exp(
        -(days - session_days[np.maximum(previous, 0)]) / tau
    )
    return np.where(previous >= 0, carried, 0.0)


def repeated_pain(
    session_days: object, population: str = "healthy", stimulus: str = "cold"
) -> RepeatedPainResult:
    """Habituation (or sensitisation) to one painful stimulus given on ``session_days`` (whole days >= 0).

    Args:
        session_days: the days (whole numbers, strictly increasing, from day 0) on which the same painful
            test is given.
        population: one of ``POPULATIONS``; stimulus: ``"cold"`` or ``"heat"``.

    Returns:
        A ``RepeatedPainResult``: ``day`` (0 to 14 days after the last session) and ``effect``, the change
        in response to the stimulus against the first exposure (d; positive = less pain).

    Raises:
        ValueError: naming the argument, the value and the allowed range or choices.
    """
    sessions = check_session_days(session_days)
    check_choice("population", population)
    check_choice("stimulus", stimulus)
    days = np.arange(0.0, sessions[-1] + par.GRID["habituation_follow_up_days"] + 1.0)
    effect = par.lookup("habituation_factor", population, stimulus) * habituation_state(sessions, days)
    # H5, H15, H16: people differ so much that some sensitise where the group habituates; the spread is
    # proportional to the group change, so the share going the other way is the same on every day.
    cv = par.value("habituation.individual_cv")
    return RepeatedPainResult(
        day=days,
        effect=effect,
        band=spread.band(effect, cv * effect),
        session_days=sessions,
        share_against_trend=spread.share_below_zero(1.0, cv) if np.any(effect != 0.0) else 0.0,
    )
