"""The suggested starting dose: the largest dose in the model whose 72-hour flare risk stays within a limit.

*Flare risk* is the share of people like the patient whose everyday pain, at some point in the 72 hours
after one session, is higher than before by at least a small effect (:data:`NOTICEABLE_FLARE`, in the
model's clinical-pain SMD). It is read off the model's after-session course and its person-to-person
spread (``model.after_effects``), so it grows with the delayed flare of sensitised groups (B15, B17) and
with exercise that sensitises (an isometric hold in fibromyalgia, B1).

*Largest dose* means the most minutes a week weighted by intensity (sessions x minutes x intensity), over
a grid of sessions a clinician would prescribe; among equal doses, more and shorter sessions come first,
because sessions a week matter more for relief than session length (E21). The search never starts above
the minutes a week the patient does now: graded activity builds up from the current level.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from statistics import NormalDist

import numpy as np

from widgets import model
from widgets import parameters as par
from widgets.model import spread
from widgets.model.validation import check_number
from widgets.plan.profile import Profile, model_population

# A rise in pain of at least 0.2 SMD counts as a flare: the conventional boundary of a "small" standardised
# effect (Cohen 1988, references.bib cohen1988): a convention for the planner, not a measured threshold.
NOTICEABLE_FLARE = 0.2
# The grid searched (presentation, not evidence): 30-70% of maximum spans the training trials the programme
# rests on (E11, E12: about 70% VO2max); sessions of 5-60 min in 5-min steps; 1-5 sessions a week (relief
# levels off by then, E21, C11).
INTENSITIES: tuple[int, ...] = tuple(range(30, 75, 5))
MINUTES: tuple[int, ...] = tuple(range(5, 65, 5))
SESSIONS: tuple[int, ...] = (1, 2, 3, 4, 5)


def flare_risk(after: model.AfterEffects) -> float:
    """Percent of people whose pain is worse by at least NOTICEABLE_FLARE at some time in the 72 hours.

    A person's course is the group's average plus their own deviation (the band's spread), so at each hour
    the share is a normal tail; the answer is the share at the hour where it is largest. The tail grows
    with its z-score, so that hour is the one with the largest z (one cdf call instead of one per hour)."""
    mean = after.effect
    person_spread = (after.band[1] - mean) / spread.Z_HIGH
    below = mean <= -NOTICEABLE_FLARE
    has_spread = person_spread > 0
    if np.any(below & ~has_spread):
        return 100.0  # no spread and past the line: everyone
    if not np.any(has_spread):
        return 0.0
    z = (-NOTICEABLE_FLARE - mean[has_spread]) / person_spread[has_spread]
    return 100.0 * NormalDist().cdf(float(np.max(z)))


@functools.lru_cache(maxsize=4096)
def session_flare_risk(
    modality: str, intensity: float, minutes: float, population: str, high_sensitivity: bool
) -> float:
    """Flare risk (percent) of one session; cached because the search and the plan ask for it often."""
    after = model.after_effects(
        model.Bout(modality, intensity, minutes), population, high_sensitivity=high_sensitivity
    )
    return flare_risk(after)


@dataclass(frozen=True)
class Suggestion:
    """The suggested starting dose and why it was chosen.

    Attributes:
        bout: one session (exercise type, intensity, minutes).
        sessions_per_week: sessions a week.
        flare_risk: percent of people like the patient with a noticeable flare after one session.
        limit: the flare-risk limit the clinician set (percent).
        within_limit: False when no dose on the grid stays within the limit (the smallest is shown).
        weekly_cap: the most minutes a week the search allowed (the patient's current activity).
        explanation: one plain-language sentence saying why this dose.
    """

    bout: model.Bout
    sessions_per_week: int
    flare_risk: float
    limit: float
    within_limit: bool
    weekly_cap: float
    explanation: str


def _dose_words(bout: model.Bout, sessions: int) -> str:
    kind = par.MODALITY_LABELS[bout.modality].lower()
    return (
        f"{sessions} session{'s' if sessions != 1 else ''} a week of {bout.minutes:g} minutes of {kind} "
        f"exercise at {bout.intensity:g}% of maximum"
    )


def suggest_start(profile: Profile, flare_risk_limit: float = 25, modality: str | None = None) -> Suggestion:
    """The largest dose on the grid whose flare risk is at most ``flare_risk_limit`` percent.

    Args:
        profile: the patient's profile.
        flare_risk_limit: percent of people (5-50) allowed a noticeable flare after one session.
        modality: exercise type; the profile's preferred type if None.

    Raises:
        ValueError: naming the argument, the value and the allowed range.
    """
    limit = check_number("flare_risk_limit", flare_risk_limit)
    kind = profile.preferred_modality if modality is None else model.Bout(modality, 50, 30).modality
    population = model_population(profile)
    cap = max(profile.weekly_activity, float(min(MINUTES)))
    best: tuple[float, int] | None = None
    choice = None
    for intensity in INTENSITIES:
        for minutes in MINUTES:
            risk = session_flare_risk(kind, intensity, minutes, population, profile.high_sensitivity)
            if risk > limit:
                continue
            for sessions in SESSIONS:
                if sessions * minutes > cap:
                    break
                key = (sessions * minutes * intensity, sessions)
                if best is None or key > best:
                    best, choice = key, (intensity, minutes, sessions, risk)
    if choice is None:
        intensity, minutes, sessions = min(INTENSITIES), min(MINUTES), min(SESSIONS)
        risk = session_flare_risk(kind, intensity, minutes, population, profile.high_sensitivity)
        bout = model.Bout(kind, intensity, minutes)
        why = (
            f"No dose in the planner keeps the flare risk within {limit:g}%: the smallest, "
            f"{_dose_words(bout, sessions)}, still gives {risk:.0f}%. Start lower than the planner can show, "
            "or accept a higher risk with the patient."
        )
        return Suggestion(bout, sessions, risk, limit, False, cap, why)
    intensity, minutes, sessions, risk = choice
    bout = model.Bout(kind, intensity, minutes)
    why = (
        f"Suggested start: {_dose_words(bout, sessions)}, the largest dose in the model whose flare risk "
        f"({risk:.0f}% of people like this) stays within {limit:g}% and within the {cap:g} minutes a week "
        "the patient does now."
    )
    return Suggestion(bout, sessions, risk, limit, True, cap, why)
