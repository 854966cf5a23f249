"""Properties that hold over the whole valid input space (hypothesis)."""

from __future__ import annotations

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st

from widgets import model
from widgets import parameters as par

FAST = settings(max_examples=60, deadline=None)

intensities = st.floats(par.INPUT_RANGES["intensity"].low, par.INPUT_RANGES["intensity"].high)
minutes = st.one_of(st.none(), st.floats(par.INPUT_RANGES["minutes"].low, par.INPUT_RANGES["minutes"].high))
bouts = st.builds(model.Bout, st.sampled_from(model.MODALITIES), intensities, minutes)
populations = st.sampled_from(model.POPULATIONS)
measures = st.sampled_from(model.MEASURES)
sites = st.sampled_from(model.SITES)
session_days = st.lists(st.integers(0, 365), min_size=1, max_size=40, unique=True).map(sorted)


def assert_band(central: np.ndarray, band: tuple[np.ndarray, np.ndarray]) -> None:
    low, high = band
    assert low.shape == high.shape == central.shape
    for values in (central, low, high):
        assert np.all(np.isfinite(values))
    assert np.all(low <= central + 1e-12)
    assert np.all(central <= high + 1e-12)


@FAST
@given(bouts, populations, measures, sites)
def test_acute_is_finite_and_the_band_contains_the_average(bout, population, measure, site):
    result = model.acute(bout, population, measure, site)
    assert np.all(np.isfinite(result.minutes))
    assert np.all(np.diff(result.minutes) > 0)
    assert result.minutes[0] < 0 < result.minutes[-1]
    assert_band(result.effect, result.band)
    assert abs(result.effect_size) == np.abs(result.effect).max()
    assert 0.0 <= result.share_worse <= 1.0
    assert 0.0 < result.exhaustion_fraction <= 1.0
    assert result.at(0) == result.effect[np.argmin(np.abs(result.minutes))]


@FAST
@given(bouts, measures)
def test_local_is_at_least_remote_for_healthy_people(bout, measure):
    """A4, C3: EIH is larger in the exercising limb; exhaustion hyperalgesia is larger remotely (C14)."""
    local = model.acute(bout, "healthy", measure, "local").effect
    remote = model.acute(bout, "healthy", measure, "remote").effect
    assert np.all(local >= remote - 1e-12)


@FAST
@given(st.floats(10, 99), st.floats(0.1, 10), st.floats(1, 360), measures, sites)
def test_aerobic_eih_does_not_fall_with_intensity_below_the_exhaustion_regime(
    low, step, minutes, measure, site
):
    """C1, C2, A4: higher aerobic intensity gives at least as much EIH, until the bout nears exhaustion."""
    high = min(low + step, 100.0)
    weaker, stronger = model.Bout("aerobic", low, minutes), model.Bout("aerobic", high, minutes)
    if model.exhaustion_fraction(stronger) > 0.3:
        return  # the inverted U: near exhaustion more intensity can sensitise (C14)
    assert (
        model.acute(stronger, "healthy", measure, site).effect_size
        >= model.acute(weaker, "healthy", measure, site).effect_size - 1e-12
    )


@FAST
@given(bouts, populations)
def test_after_effects_are_finite_with_a_band(bout, population):
    result = model.after_effects(bout, population)
    assert result.hours[0] == 0 and result.hours[-1] == par.GRID["after_effects_hours"]
    assert_band(result.effect, result.band)
    assert 0.0 <= result.share_worse <= 1.0


@FAST
@given(
    bouts,
    st.floats(1, 14),
    st.integers(1, 52),
    populations,
    st.integers(0, 52),
)
def test_programme_is_finite_and_fades_after_training(bout, sessions, weeks, population, detraining):
    result = model.program(bout, sessions, weeks, population, detraining)
    assert result.week[0] == 0 and np.isclose(result.week[-1], weeks + detraining)
    for central, band in (
        (result.pain_relief, result.band),
        (result.threshold, result.threshold_band),
        (result.tolerance, result.tolerance_band),
    ):
        assert_band(central, band)
    assert np.all(np.isfinite(result.crp_reduction))
    assert np.all(result.crp_reduction >= 0)
    stopped = result.week >= weeks
    assert np.all(np.diff(result.crp_reduction[stopped]) <= 1e-12)  # detraining only loses
    if par.lookup("flare.peak", population) == 0:  # (where flares stop too, pain can briefly ease)
        assert np.all(np.diff(result.tolerance[stopped]) <= 1e-12)


@FAST
@given(st.sampled_from(("healthy", "older_adult", "athlete")), st.floats(1, 13), st.floats(0.1, 1))
def test_more_sessions_never_lower_resting_tolerance_without_flares(population, sessions, extra):
    """C11, C12: more sessions per week give at least as much training effect."""
    bout = model.Bout("aerobic", 70, 30)
    fewer = model.program(bout, sessions, 12, population).tolerance[-1]
    more = model.program(bout, min(sessions + extra, 14.0), 12, population).tolerance[-1]
    assert more >= fewer - 1e-12


@FAST
@given(bouts, populations)
def test_cytokines_are_finite_fold_changes_with_il6_peaking_at_the_end(bout, population):
    result = model.cytokines(bout, population)
    for series in (result.il6, result.il1ra, result.il10, result.tnf):
        assert np.all(np.isfinite(series))
        assert np.all(series >= 1.0)
    # G22: IL-6 climbs, then levels off (sooner the easier the pace), so in a long bout the top can be a
    # plateau reached before the end; it never falls during the bout and only falls after it.
    during = result.il6[result.hours <= result.end_hours]
    after = result.il6[result.hours >= result.end_hours]
    assert np.all(np.diff(during) >= -1e-12 * during[1:])
    assert np.all(np.diff(after) <= 1e-12 * after[1:])
    top = result.il6.max()
    at_end = abs(result.hours[np.argmax(result.il6)] - result.end_hours) <= result.hours[1]
    assert at_end or during[-1] >= top * (1 - 1e-9)
    reached = result.hours[np.argmax(result.il6 >= top * (1 - 1e-9))]
    assert result.hours[np.argmax(result.il1ra)] >= reached


@FAST
@given(session_days, populations, st.sampled_from(model.STIMULI))
def test_repeated_pain_is_zero_before_the_first_session_and_bounded(days, population, stimulus):
    result = model.repeated_pain(days, population, stimulus)
    assert result.day[0] == 0 and result.day[-1] == days[-1] + par.GRID["habituation_follow_up_days"]
    assert_band(result.effect, result.band)
    assert np.all(result.effect[result.day <= days[0]] == 0)
    assert np.all(np.abs(result.effect) <= par.value("habituation.ceiling"))


@FAST
@given(populations)
def test_cpm_and_resting_are_finite(population):
    result = model.cpm(population)
    assert_band(result.effect, result.band)
    assert 0 < result.after < result.during
    resting = model.resting(population)
    assert all(np.isfinite([resting.threshold, resting.tolerance, resting.cpm]))


@FAST
@given(bouts, populations, measures, sites)
def test_the_model_is_deterministic(bout, population, measure, site):
    first = model.acute(bout, population, measure, site)
    second = model.acute(bout, population, measure, site)
    np.testing.assert_array_equal(first.effect, second.effect)
    np.testing.assert_array_equal(first.band[0], second.band[0])
