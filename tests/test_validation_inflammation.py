"""Training and resting inflammation (``model.training_inflammation``) against its evidence rows.

Each test names the evidence rows it reproduces and says where its tolerance comes from. CRP changes are
SMDs against no training (negative = lower); resting differences are SMDs against healthy people (positive =
higher). The error tests at the end check every argument.
"""

from __future__ import annotations

import math

import numpy as np
import pytest

from widgets import model
from widgets import parameters as par

Bout = model.Bout
REFERENCE = Bout("aerobic", 70, 30)  # the trials' reference session (E11, E12)


def crp_at_12(bout: Bout = REFERENCE, sessions: float = 3, population: str = "healthy") -> float:
    return model.training_inflammation(bout, sessions, 12, population).at(12)


# --- The fall in resting CRP --------------------------------------------------------------------------------


def test_G13_twelve_weeks_of_training_lower_crp_within_the_pooled_interval():
    """G13: CRP fell with training, ES 0.26 (0.18 to 0.34), trials of at least 2 weeks. A typical
    programme of 12 weeks, 3 sessions a week, lands inside that confidence interval."""
    assert -0.34 <= crp_at_12() <= -0.18


def test_G14_the_band_reaches_the_larger_pooled_fall():
    """G14: hsCRP SMD -0.53 (-0.74 to -0.33): the band's far edge after 12 weeks lies in that interval."""
    low, _high = model.training_inflammation(REFERENCE, 3, 12, "healthy").band_at(12)
    assert -0.74 <= low <= -0.33


def test_G15_the_band_includes_no_change_as_aerobic_only_trials_found():
    """G15: randomised trials of aerobic exercise alone found no significant CRP change (-0.11 mg/L,
    -0.39 to 0.17): the conflict is shown by a band whose near edge is no change, at every week."""
    result = model.training_inflammation(REFERENCE, 3, 12, "healthy")
    low, high = result.band
    assert np.all(high >= -0.05)
    assert np.all(low <= result.crp) and np.all(result.crp <= high)
    assert result.band_at(12)[1] > result.at(12) + 0.15  # a visibly wide conflict, not a thin line


def test_G13_G14_crp_matches_the_programme_model():
    """G13, G14: the same fall the programme model reports (``crp_reduction``), with the sign flipped."""
    for bout, sessions, weeks, population in [
        (REFERENCE, 3, 12, "healthy"),
        (Bout("dynamic_resistance", 60, 40), 2, 26, "knee_osteoarthritis"),
        (Bout("isometric", 25, 5), 5, 8, "fibromyalgia"),
    ]:
        inflammation = model.training_inflammation(bout, sessions, weeks, population)
        programme = model.program(bout, sessions, weeks, population)
        np.testing.assert_allclose(inflammation.crp, -programme.crp_reduction, atol=1e-12)


def test_G14_healthy_people_and_patients_fall_alike():
    """G14: the fall was similar in healthy people and in heart disease, so every population's CRP
    change is the same for a session none of them finds exhausting."""
    falls = {p: crp_at_12(population=p) for p in par.POPULATIONS}
    assert max(falls.values()) - min(falls.values()) < 1e-12


def test_G9_exercise_type_matters_little():
    """G9: the mode of exercise plays little part in the IL-6 response; typical sessions of each type
    lower CRP within 10% of one another."""
    falls = [crp_at_12(Bout("aerobic", 70, 30)), crp_at_12(Bout("dynamic_resistance", 70, 30)),
             crp_at_12(Bout("isometric", 25, 5))]
    assert max(falls) - min(falls) <= 0.1 * abs(min(falls))


def test_G13_property_the_fall_builds_over_weeks_and_saturates():
    """G13 (trials of 2 weeks and more): nothing at week 0, a fall that grows every week and then levels
    off: the last 12 of 52 weeks add less than the first 12."""
    result = model.training_inflammation(REFERENCE, 3, 52, "healthy")
    assert result.crp[0] == 0
    assert np.all(np.diff(result.crp) <= 1e-12)
    assert result.at(2) < 0  # already some fall by 2 weeks
    assert result.at(52) - result.at(40) > result.at(12) - result.at(0)


def test_G13_property_more_sessions_never_lower_crp_less():
    """G13: training dose; more sessions a week give at least as large a fall, saturating (Hill)."""
    falls = [crp_at_12(sessions=s) for s in range(1, 15)]
    assert all(b <= a + 1e-12 for a, b in zip(falls, falls[1:], strict=False))
    assert falls[0] - falls[2] > falls[4] - falls[6]


@pytest.mark.parametrize("population", par.POPULATIONS)
@pytest.mark.parametrize("bout", [REFERENCE, Bout("aerobic", 100, 360), Bout("isometric", 10, 1),
                                  Bout("dynamic_resistance", 95)])
@pytest.mark.parametrize(("sessions", "weeks"), [(1, 1), (3, 12), (14, 52), (0.5 + 1, 7)])
def test_G13_G14_G15_property_finite_and_band_holds_the_average(population, bout, sessions, weeks):
    """G13-G15: no NaN or infinity, never a rise, and the band always holds the average."""
    result = model.training_inflammation(bout, sessions, weeks, population)
    low, high = result.band
    for values in (result.week, result.crp, low, high):
        assert np.all(np.isfinite(values))
    assert np.all(result.crp <= 0)
    assert np.all(low <= result.crp + 1e-12) and np.all(result.crp <= high + 1e-12)
    assert result.week[0] == 0 and result.week[-1] == weeks


# --- Resting inflammation in fibromyalgia ---------------------------------------------------------------


def test_G17_G18_G19_fibromyalgia_resting_il6_is_raised_but_small():
    """G17 (SMD 0.34), G18 (g 0.36, 0.09 to 0.63), G19 (0.15, 0.003 to 0.29): plasma IL-6 is higher in
    fibromyalgia than in healthy people, by a small standardised difference (below 0.5)."""
    result = model.training_inflammation(REFERENCE, 3, 12, "fibromyalgia")
    assert 0.15 <= result.resting_difference <= 0.36 < 0.5
    low, high = result.resting_band
    assert low <= result.resting_difference <= high
    assert (low, high) == (0.15, 0.36)
    assert result.resting_marker == "plasma IL-6"


@pytest.mark.parametrize("population", [p for p in par.POPULATIONS if p != "fibromyalgia"])
def test_G17_G18_G19_give_no_resting_difference_for_other_groups(population):
    """G17-G19 are about fibromyalgia only: other groups get no resting difference (None, not 0 or NaN)."""
    result = model.training_inflammation(REFERENCE, 3, 12, population)
    assert result.resting_difference is None and result.resting_band is None


# --- Bad input ------------------------------------------------------------------------------------------

NOT_NUMBERS = [True, np.bool_(False), "3", None, [3], math.nan, math.inf, -math.inf]


def expect_error(call, field: str, value: object, allowed: list[str]) -> None:
    with pytest.raises(ValueError) as caught:
        call()
    message = str(caught.value)
    assert message.startswith(field), message
    assert repr(value) in message, message
    for word in allowed:
        assert word in message, message


@pytest.mark.parametrize("value", [None, "aerobic", ("aerobic", 70, 30), {"modality": "aerobic"}])
def test_training_inflammation_rejects_a_bout_that_is_not_a_bout(value):
    expect_error(lambda: model.training_inflammation(value, 3, 12, "healthy"), "bout", value, ["Bout"])


@pytest.mark.parametrize("value", [*NOT_NUMBERS, 0, 0.99, 14.5, -3, 1e9])
def test_training_inflammation_rejects_bad_sessions_per_week(value):
    expect_error(lambda: model.training_inflammation(REFERENCE, value, 12, "healthy"), "sessions_per_week",
                 value, ["1", "14"])


@pytest.mark.parametrize("value", [*NOT_NUMBERS, 0, 53, 12.5, -1])
def test_training_inflammation_rejects_bad_weeks(value):
    expect_error(lambda: model.training_inflammation(REFERENCE, 3, value, "healthy"), "weeks", value,
                 ["1", "52", "whole number"])


@pytest.mark.parametrize("value", ["Healthy", "", None, 0, "rheumatoid_arthritis"])
def test_training_inflammation_rejects_an_unknown_population(value):
    expect_error(lambda: model.training_inflammation(REFERENCE, 3, 12, value), "population", value,
                 list(par.POPULATIONS))
