"""The clinic planner's logic: a patient profile, a suggested starting dose and a graded plan.

Pure Python over the model (no widgets, no charts), so the dashboard, the tests and a notebook all get
the same answers:

>>> from widgets import plan
>>> profile = plan.Profile("fibromyalgia", "under_60", pain_today=5, weekly_activity=60)
>>> start = plan.suggest_start(profile, flare_risk_limit=25)
>>> start.flare_risk <= 25
True
"""

from widgets.plan.profile import (
    AGE_GROUPS,
    CONDITION_LABELS,
    CONDITIONS,
    Profile,
    model_population,
    profile_notes,
)
from widgets.plan.progression import PROGRESSIONS, PlanWeek, graded_weeks
from widgets.plan.search import Suggestion, flare_risk, suggest_start

__all__ = [
    "AGE_GROUPS",
    "CONDITIONS",
    "CONDITION_LABELS",
    "PROGRESSIONS",
    "PlanWeek",
    "Profile",
    "Suggestion",
    "flare_risk",
    "graded_weeks",
    "model_population",
    "profile_notes",
    "suggest_start",
]
