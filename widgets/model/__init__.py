"""Educational model of exercise-induced hypoalgesia (EIH): pure numpy, no plotting.

Sign convention everywhere: positive = less pain (hypoalgesia, relief); negative = more pain (hyperalgesia,
flare). Effect sizes are standardised differences between exercise and a control condition
(``EFFECT_SIZE_WORLD``); programmes report clinical pain as an SMD. Every number comes from
:mod:`widgets.parameters`. Bands are the range of the middle 80% of people (10th-90th percentile), computed
in closed form. Outputs describe groups of people; they are not a prediction for one person.

>>> from widgets import model
>>> r = model.acute(model.Bout("aerobic", 75, 30), population="healthy")
>>> round(r.at(15), 2) > 0
True
"""

from widgets.model.acute import AcuteResponse, AfterEffects, acute, after_effects
from widgets.model.dose import Bout, exhaustion_fraction, time_to_exhaustion
from widgets.model.immune import CytokineResponse, cytokines
from widgets.model.inflammation import InflammationResult, training_inflammation
from widgets.model.modulation import (
    CPMResult,
    RepeatedPainResult,
    RestingSensitivity,
    cpm,
    repeated_pain,
    resting,
)
from widgets.model.training import ProgramResult, graded_program, program
from widgets.parameters import EFFECT_SIZE_WORLD, MEASURES, MODALITIES, POPULATIONS, SITES, STIMULI

__all__ = [
    "EFFECT_SIZE_WORLD",
    "MEASURES",
    "MODALITIES",
    "POPULATIONS",
    "SITES",
    "STIMULI",
    "AcuteResponse",
    "AfterEffects",
    "Bout",
    "CPMResult",
    "CytokineResponse",
    "InflammationResult",
    "ProgramResult",
    "RepeatedPainResult",
    "RestingSensitivity",
    "acute",
    "after_effects",
    "cpm",
    "cytokines",
    "exhaustion_fraction",
    "graded_program",
    "program",
    "repeated_pain",
    "resting",
    "time_to_exhaustion",
    "training_inflammation",
]
