"""Bad input raises ValueError naming the argument, the value and what is allowed (ranges from parameters)."""

from __future__ import annotations

import math
from collections.abc import Callable

import numpy as np
import pytest

from widgets import model
from widgets import parameters as par

GOOD = model.Bout("aerobic", 70, 30)
NOT_NUMBERS = [True, False, np.bool_(True), "70", None, [70], math.nan, math.inf, -math.inf]


def allowed_words(field: str) -> list[str]:
    """What the message must show: every choice, or the range's two ends."""
    if field in par.CHOICES:
        return list(par.CHOICES[field])
    limits = par.INPUT_RANGES["session_day" if field == "session_days" else field]
    return [f"{limits.low:g}", f"{limits.high:g}"]


def expect_error(
    call: Callable[[], object], field: str, value: object, allowed: list[str] | None = None
) -> None:
    with pytest.raises(ValueError) as caught:
        call()
    message = str(caught.value)
    assert message.startswith(field), message
    assert repr(value) in message, message
    for word in allowed if allowed is not None else allowed_words(field):
        assert word in message, message


# --- Bout ---------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("value", ["running", "Aerobic", "", None, 1, ("aerobic",)])
def test_bout_rejects_unknown_modality(value):
    expect_error(lambda: model.Bout(value, 70, 30), "modality", value)


@pytest.mark.parametrize("value", [*NOT_NUMBERS, 9.99, 100.01, 0, -5, 1e9])
def test_bout_rejects_bad_intensity(value):
    expect_error(lambda: model.Bout("aerobic", value, 30), "intensity", value)


@pytest.mark.parametrize("value", [*[v for v in NOT_NUMBERS if v is not None], 0.5, 0, -1, 360.5, 1e6])
def test_bout_rejects_bad_minutes(value):
    expect_error(lambda: model.Bout("isometric", 30, value), "minutes", value)


def test_bout_accepts_numpy_numbers_and_to_failure():
    bout = model.Bout("dynamic_resistance", np.int64(60), np.float32(12.5))
    assert bout.intensity == 60.0 and bout.minutes == 12.5
    assert model.Bout("isometric", 25).minutes is None


# --- the bout argument of every function ----------------------------------------------------------------

BOUT_FUNCTIONS = [
    model.acute,
    model.after_effects,
    model.program,
    model.cytokines,
    model.exhaustion_fraction,
]


@pytest.mark.parametrize("function", BOUT_FUNCTIONS, ids=lambda f: f.__name__)
@pytest.mark.parametrize("value", [None, {"modality": "aerobic"}, ("aerobic", 70, 30), "aerobic"])
def test_functions_reject_a_bout_that_is_not_a_bout(function, value):
    expect_error(lambda: function(value), "bout", value, ["Bout", "modality", "intensity", "minutes"])


# --- population, measure, site, stimulus ---------------------------------------------------------------

POPULATION_CALLS: dict[str, Callable[[object], object]] = {
    "acute": lambda p: model.acute(GOOD, p),
    "after_effects": lambda p: model.after_effects(GOOD, p),
    "program": lambda p: model.program(GOOD, 3, 12, p),
    "cytokines": lambda p: model.cytokines(GOOD, p),
    "cpm": lambda p: model.cpm(p),
    "resting": lambda p: model.resting(p),
    "repeated_pain": lambda p: model.repeated_pain([0, 1], p),
    "exhaustion_fraction": lambda p: model.exhaustion_fraction(GOOD, p),
    "time_to_exhaustion": lambda p: model.time_to_exhaustion("aerobic", 70, p),
}


@pytest.mark.parametrize("call", POPULATION_CALLS.values(), ids=POPULATION_CALLS.keys())
@pytest.mark.parametrize("value", ["fibro", "Healthy", "", None, 3, True])
def test_every_function_rejects_an_unknown_population(call, value):
    expect_error(lambda: call(value), "population", value)


@pytest.mark.parametrize("value", ["ppt", "Threshold", None, 1])
def test_acute_rejects_unknown_measure(value):
    expect_error(lambda: model.acute(GOOD, "healthy", value), "measure", value)


@pytest.mark.parametrize("value", ["both", "arm", None, 0])
def test_acute_rejects_unknown_site(value):
    expect_error(lambda: model.acute(GOOD, "healthy", "threshold", value), "site", value)


@pytest.mark.parametrize("value", ["pressure", "Cold", None, 1])
def test_repeated_pain_rejects_unknown_stimulus(value):
    expect_error(lambda: model.repeated_pain([0, 1], "healthy", value), "stimulus", value)


# --- numbers in program() --------------------------------------------------------------------------------


@pytest.mark.parametrize("value", [*NOT_NUMBERS, 0, 0.99, 14.01, -3])
def test_program_rejects_bad_sessions_per_week(value):
    expect_error(lambda: model.program(GOOD, value, 12, "healthy"), "sessions_per_week", value)


@pytest.mark.parametrize("value", [*NOT_NUMBERS, 0, 53, 12.5, -1])
def test_program_rejects_bad_weeks(value):
    expect_error(lambda: model.program(GOOD, 3, value, "healthy"), "weeks", value)


@pytest.mark.parametrize("value", [*NOT_NUMBERS, -1, 53, 0.5])
def test_program_rejects_bad_detraining_weeks(value):
    expect_error(lambda: model.program(GOOD, 3, 12, "healthy", value), "detraining_weeks", value)


# --- session days ----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "value",
    [
        [],
        "0123",
        [1, 1],
        [3, 2],
        [-1, 2],
        [0, 366],
        [0, 1.5],
        [0.0, 1.0],
        [True, 2],
        None,
        5,
        [None],
        {"a": 1},
    ],
)
def test_repeated_pain_rejects_wrong_session_days(value):
    expect_error(lambda: model.repeated_pain(value), "session_days", value)


# --- time_to_exhaustion ------------------------------------------------------------------------------------


def test_time_to_exhaustion_rejects_bad_modality_and_intensity():
    expect_error(lambda: model.time_to_exhaustion("swim", 70, "healthy"), "modality", "swim")
    expect_error(lambda: model.time_to_exhaustion("aerobic", 101, "healthy"), "intensity", 101)


# --- reading results at a time -----------------------------------------------------------------------------


@pytest.mark.parametrize("value", [-31, 121, math.nan, math.inf, True, "15", None])
def test_acute_result_at_rejects_times_outside_the_time_course(value):
    result = model.acute(GOOD)
    expect_error(lambda: result.at(value), "minutes", value, ["-30", "120"])
    expect_error(lambda: result.band_at(value), "minutes", value, ["-30", "120"])


@pytest.mark.parametrize("value", [-1, 72.5, math.nan, False, "24"])
def test_after_effects_at_rejects_hours_outside_0_to_72(value):
    result = model.after_effects(GOOD, "fibromyalgia")
    expect_error(lambda: result.at(value), "hours", value, ["0", "72"])


def test_messages_read_as_plain_sentences():
    with pytest.raises(ValueError, match=r"intensity must be a number from 10 to 100"):
        model.Bout("aerobic", 5)
