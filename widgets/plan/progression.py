"""A graded plan: the starting dose, then session length raised week by week while the flare risk allows.

The clinician picks how fast sessions grow (or holding them steady). A week whose longer session would
take the flare risk above the limit repeats the week before instead ("hold while the modelled flare risk is
high"), so the plan never builds into a dose the planner would not have suggested.
"""

from __future__ import annotations

from dataclasses import dataclass

from widgets import model
from widgets import parameters as par
from widgets.model.validation import check_choice, check_number
from widgets.plan.profile import Profile, model_population
from widgets.plan.search import session_flare_risk

# Weekly growth of session length the clinician can choose; "hold" keeps the starting dose.
PROGRESSIONS: dict[str, tuple[str, float]] = {
    "hold": ("Hold the starting dose", 0.0),
    "plus5": ("+5% minutes a week", 0.05),
    "plus10": ("+10% minutes a week", 0.10),
    "plus20": ("+20% minutes a week", 0.20),
}


@dataclass(frozen=True)
class PlanWeek:
    """One week of the plan: its session, its flare risk (percent) and whether it held the dose."""

    week: int
    bout: model.Bout
    flare_risk: float
    held: bool


def graded_weeks(
    profile: Profile, start: model.Bout, weeks: int, progression: str, flare_risk_limit: float
) -> list[PlanWeek]:
    """The plan week by week from ``start``.

    Raises:
        ValueError: naming the argument, the value and the allowed range or choices.
    """
    check_choice("progression", progression, tuple(PROGRESSIONS))
    total = int(check_number("weeks", weeks))
    limit = check_number("flare_risk_limit", flare_risk_limit)
    growth = PROGRESSIONS[progression][1]
    population = model_population(profile)
    longest = par.INPUT_RANGES["minutes"].high

    def risk(bout: model.Bout) -> float:
        return session_flare_risk(
            bout.modality, bout.intensity, bout.minutes, population, profile.high_sensitivity
        )

    plan = [PlanWeek(1, start, risk(start), held=False)]
    for week in range(2, total + 1):
        last = plan[-1].bout
        # Whole minutes: a clinician writes "22 minutes", not 21.78.
        longer = min(longest, float(round(last.minutes * (1.0 + growth))))
        if longer == last.minutes:
            plan.append(PlanWeek(week, last, plan[-1].flare_risk, held=growth > 0))
            continue
        candidate = model.Bout(last.modality, last.intensity, longer)
        candidate_risk = risk(candidate)
        if candidate_risk > limit:
            plan.append(PlanWeek(week, last, plan[-1].flare_risk, held=True))
        else:
            plan.append(PlanWeek(week, candidate, candidate_risk, held=False))
    return plan
