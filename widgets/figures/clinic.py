"""The clinic planner's three charts and the numbers behind them, from a profile and a graded plan.

(a) one session: pain ratings at the exercising muscle during the session and the hour after it;
(b) the 72 hours after the first week's session and after the last week's (the plan's hardest) session;
(c) the plan over its weeks (``model.graded_program``): clinical pain relief for a pain condition, pain
tolerance otherwise. Every chart is one of the book's builders, so the clinic shows what the chapters show.
"""

from __future__ import annotations

import functools
from collections.abc import Sequence
from dataclasses import dataclass

import altair as alt
import numpy as np

from widgets import model
from widgets.charts import (
    LIVE_WIDTH,
    PLAN_FIRST,
    PLAN_LAST,
    PLAN_WHOLE,
    acute_explorer_chart,
    after_session_chart,
    programme_chart,
)
from widgets.controls import dosing as dosing_panel
from widgets.controls.panel import with_data
from widgets.figures import descending, dosing
from widgets.model import spread
from widgets.plan import PlanWeek, Profile, model_population

Z = (spread.Z_LOW, spread.Z_HIGH)
# Half-hourly over the first 6 hours, then every two hours (as the dosing chapter's live panel).
AFTER_INDEX = dosing_panel.AFTER_INDEX
FILTERS_AFTER = {PLAN_FIRST: f"datum.dose == '{PLAN_FIRST}'", PLAN_LAST: f"datum.dose == '{PLAN_LAST}'"}
FILTERS_PLAN = {PLAN_WHOLE: f"datum.dose == '{PLAN_WHOLE}'"}


@dataclass(frozen=True)
class PlanCourses:
    """What the charts draw for one plan, and the numbers the warnings and the handout quote."""

    session: dict  # acute time course record (descending.time_course)
    after: list[dict]  # first and last week's 72 hours
    programme: dict  # the plan over weeks
    outcome: str  # "relief" (a pain condition) or "tolerance"
    relief_at_end: float  # programme outcome at the last training week (SMD)
    worst_dip: float  # worst fall below zero during the plan (SMD, 0 if none)


def course_record(name: str, t: np.ndarray, mean: np.ndarray, high: np.ndarray, index) -> dict:
    person = dosing._spread(mean, high)
    return {
        "dose": name,
        "t": dosing._round(t[index]),
        "e": dosing._round(mean[index]),
        "s": dosing._round(person[index]),
    }


def plan_courses(profile: Profile, weeks: Sequence[PlanWeek], sessions_per_week: float) -> PlanCourses:
    """The three charts' data for a plan (the model validates every value)."""
    population = model_population(profile)
    first, last = weeks[0].bout, weeks[-1].bout
    response = model.acute(first, population, "rating", "local", high_sensitivity=profile.high_sensitivity)
    session = descending.time_course(response, descending.LIVE_DURING_POINTS, descending.LIVE_AFTER_MINUTES)
    after = []
    for name, bout in ((PLAN_FIRST, first), (PLAN_LAST, last)):
        result = model.after_effects(bout, population, high_sensitivity=profile.high_sensitivity)
        after.append(course_record(name, result.hours, result.effect, result.band[1], AFTER_INDEX))
    result = model.graded_program([w.bout for w in weeks], sessions_per_week, population)
    outcome = dosing.outcome_name(population)
    mean, high = (
        (result.pain_relief, result.band[1])
        if outcome == "relief"
        else (result.tolerance, result.tolerance_band[1])
    )
    index = dosing_panel.programme_index(len(result.week))
    programme = course_record(PLAN_WHOLE, result.week, mean, high, index)
    return PlanCourses(
        session=session,
        after=after,
        programme=programme,
        outcome=outcome,
        relief_at_end=float(mean[-1]),
        worst_dip=max(0.0, -float(mean.min())),
    )


@functools.lru_cache(maxsize=1)
def _after_template() -> alt.LayerChart:
    return after_session_chart(
        [],
        FILTERS_AFTER,
        Z,
        width=LIVE_WIDTH,
        subtitle="first and last week's session, shaded band = middle 80% of people",
        description=(
            "Line chart of the change in everyday pain over the 72 hours after one session of the "
            "plan: the first week's session as a solid blue line and the last week's as a dashed "
            "orange line, each with a shaded band for the middle 80% of people. Above zero means "
            "less pain; a dip below zero is a flare."
        ),
    )


@functools.lru_cache(maxsize=64)
def _plan_template(weeks: int, outcome: str) -> alt.LayerChart:
    return programme_chart(
        [],
        FILTERS_PLAN,
        Z,
        training_weeks=weeks,
        y_title=dosing.PROGRAMME_Y_TITLES[outcome],
        width=LIVE_WIDTH,
        subtitle="the graded plan, shaded band = middle 80% of people",
        description=(
            "Line chart of the modelled change in pain over the weeks of this plan, with a shaded "
            "band for the middle 80% of people. Above zero means less pain"
            + (
                " (for people without a pain condition: more pain tolerance)."
                if outcome == "tolerance"
                else "."
            )
        ),
    )


def session_chart(courses: PlanCourses) -> alt.LayerChart:
    return acute_explorer_chart(
        [courses.session],
        during_points=descending.LIVE_DURING_POINTS,
        after_minutes=list(descending.LIVE_AFTER_MINUTES),
        z=Z,
        subtitle="pain ratings at the exercising muscle, first week's session",
        width=LIVE_WIDTH,
    )


def charts(courses: PlanCourses, weeks: int) -> tuple[alt.LayerChart, alt.LayerChart, alt.LayerChart]:
    """One session, the 72 hours after it, and the plan over weeks."""
    return (
        session_chart(courses),
        with_data(_after_template(), courses.after),
        with_data(_plan_template(weeks, courses.outcome), [courses.programme]),
    )
