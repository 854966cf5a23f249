"""A patient's profile as the clinician enters it, and the model group it maps to.

The model describes groups, not people: the profile picks the group whose evidence fits the patient best
and says in plain words where the fit is loose (an older adult with a pain condition, high sensitivity
without one, pain today above what the pain-monitoring model allows).
"""

from __future__ import annotations

from dataclasses import dataclass

from widgets import parameters as par
from widgets.model.validation import check_choice, check_number

# "No long-term pain condition" maps to the healthy or older-adult group, by age.
CONDITIONS: tuple[str, ...] = ("none", *par.CLINICAL_PAIN_POPULATIONS)
CONDITION_LABELS: dict[str, str] = {
    "none": "No long-term pain condition",
    **{p: par.POPULATION_LABELS[p] for p in par.CLINICAL_PAIN_POPULATIONS},
}
# A20 studied adults over 60; the older-adult group's other rows (A11, F6) compare older with younger adults.
AGE_GROUPS: dict[str, str] = {"under_60": "Under 60", "60_or_older": "60 or older"}
# Silbernagel 2007's pain-monitoring model let pain reach 5 out of 10 during exercise.
PAIN_MONITORING_CEILING = 5


@dataclass(frozen=True)
class Profile:
    """What the clinician knows about the patient. Nothing here is stored or sent anywhere.

    Attributes:
        condition: one of ``CONDITIONS``.
        age_group: one of ``AGE_GROUPS``.
        pain_today: pain now on the 0-10 scale.
        weekly_activity: minutes of exercise or purposeful activity in a usual week now.
        high_sensitivity: pain sensitivity judged high (for example low pressure pain thresholds).
        preferred_modality: the exercise type the patient prefers (one of the model's modalities).
    """

    condition: str
    age_group: str
    pain_today: float
    weekly_activity: float
    high_sensitivity: bool = False
    preferred_modality: str = "aerobic"

    def __post_init__(self) -> None:
        check_choice("condition", self.condition, CONDITIONS)
        check_choice("age_group", self.age_group, tuple(AGE_GROUPS))
        object.__setattr__(self, "pain_today", check_number("pain_today", self.pain_today))
        object.__setattr__(self, "weekly_activity", check_number("weekly_activity", self.weekly_activity))
        if not isinstance(self.high_sensitivity, bool):
            raise ValueError(f"high_sensitivity must be True or False; got {self.high_sensitivity!r}")
        check_choice("modality", self.preferred_modality)


def model_population(profile: Profile) -> str:
    """The model group for a profile: the condition's own group, or healthy / older adult by age."""
    if profile.condition != "none":
        return profile.condition
    return "older_adult" if profile.age_group == "60_or_older" else "healthy"


def profile_notes(profile: Profile) -> list[str]:
    """Plain-language notes on where the model fits this profile loosely (shown beside the plan)."""
    notes = []
    if profile.condition != "none" and profile.age_group == "60_or_older":
        notes.append(
            "The model has no group for older adults with this condition, so it uses the "
            "condition's studies. Exercise relieved pain less in older adults in the lab, so the "
            "relief shown may be on the high side."
        )
    if profile.high_sensitivity and profile.condition == "none":
        notes.append(
            "High pain sensitivity changes the model only for a long-term pain condition: the "
            "study behind it enrolled people with chronic musculoskeletal pain."
        )
    if profile.high_sensitivity and profile.condition != "none":
        notes.append(
            "High pain sensitivity: in the study behind this, pain thresholds did not rise after "
            "exercise in the more sensitive half of patients, so the model shows no short relief. "
            "Their response to weeks of training was not measured, so the programme is the "
            "condition's own."
        )
    if profile.pain_today > PAIN_MONITORING_CEILING:
        notes.append(
            f"Pain today is above {PAIN_MONITORING_CEILING} out of 10, the most the pain-monitoring "
            "model in the safety chapter allows during exercise. Consider starting below the "
            "suggestion and check for warning signs first."
        )
    return notes
