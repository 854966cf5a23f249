"""Programme dose against the training literature: each test names the evidence rows it reproduces.

Relief over weeks follows the training trials (exercise type per condition, sessions per week, sessions done),
not the acute response's intensity threshold. Clinical relief is a pain SMD vs control after 12 weeks of the
reference programme (3 x 30 min a week at 70% VO2max) unless a test says otherwise. Each tolerance says where
it comes from.
"""

from __future__ import annotations

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st

from widgets import model
from widgets import parameters as par
from widgets.model import dose

Bout = model.Bout
FAST = settings(max_examples=60, deadline=None)


def relief_at(
    bout: model.Bout,
    sessions: float = 3,
    weeks: int = 12,
    population: str = "knee_osteoarthritis",
    week: float | None = None,
) -> float:
    result = model.program(bout, sessions, weeks, population)
    return float(np.interp(weeks if week is None else week, result.week, result.pain_relief))


def tolerance_at(
    bout: model.Bout, sessions: float = 3, weeks: int = 12, population: str = "healthy"
) -> float:
    result = model.program(bout, sessions, weeks, population)
    return float(np.interp(weeks, result.week, result.tolerance))


REFERENCE = Bout("aerobic", 70, 30)


# --- Intensity and session length -------------------------------------------------------------------------


def test_E21_knee_oa_relief_does_not_grow_with_intensity():
    """E21: in 48 knee OA trials intensity had no detectable impact on pain relief.

    Tolerance: within 10% of the 70% reference from 40% to 85% VO2max; an intensity effect of a tenth of the
    pooled relief (about 0.05 SMD) is below what a meta-regression of 48 small trials could detect.
    """
    reference = relief_at(REFERENCE)
    for intensity in (40, 50, 60, 75, 85):
        assert abs(relief_at(Bout("aerobic", intensity, 30)) / reference - 1) <= 0.10, intensity
    assert relief_at(Bout("aerobic", 85, 30)) <= 1.05 * relief_at(Bout("aerobic", 55, 30))


def test_E21_relief_no_longer_follows_the_acute_intensity_threshold():
    """E21 vs C1, C5: the acute effect at 40% VO2max is a small fraction of that at 70%; the programme's
    is not."""
    acute_ratio = dose.effort(Bout("aerobic", 40, 30), "knee_osteoarthritis") / dose.effort(
        REFERENCE, "knee_osteoarthritis"
    )
    programme_ratio = relief_at(Bout("aerobic", 40, 30)) / relief_at(REFERENCE)
    assert acute_ratio < 0.3
    assert programme_ratio > 0.8


def test_E21_C12_session_length_within_the_trials_range_hardly_matters():
    """E21: no impact of session duration; C12: only neck pain showed duration mattering. 20 vs 60 min within
    10% (the same detectability argument as for intensity)."""
    short, long = relief_at(Bout("aerobic", 65, 20)), relief_at(Bout("aerobic", 65, 60))
    assert abs(short / long - 1) <= 0.10


# --- Sessions per week and sessions done ------------------------------------------------------------------


def test_E21_E26_three_sessions_a_week_beat_two_and_more_saturates():
    """E21: supervised exercise at least 3 times a week, SMD 0.68 vs 0.41 (ratio 0.60); E26: 3 sessions a week
    was the most effective frequency in fibromyalgia.

    Tolerance: 2/wk between 0.5 and 0.85 of 3/wk (E21's contrast also mixes in supervision, which the model
    does not separate); 5/wk gains less than 30% over 3/wk and 14/wk less than 50% (saturation).
    """
    three = relief_at(REFERENCE, 3)
    assert 0.5 <= relief_at(REFERENCE, 2) / three <= 0.85
    assert relief_at(REFERENCE, 5) / three < 1.3
    assert relief_at(REFERENCE, 14) / three < 1.5
    assert relief_at(REFERENCE, 5) - three < three - relief_at(REFERENCE, 2)


def test_E21_relief_grows_with_sessions_done_within_the_meta_regression_slope():
    """E21: aerobic relief rose 0.022 SMD (0.002 to 0.043) per supervised session. Going from 24 to 36
    sessions (8 vs 12 weeks at 3/wk) must add relief at a slope inside that interval's upper bound and above
    zero; the model's saturating build gives a slope near the lower end."""
    slope = (relief_at(REFERENCE, 3, 12) - relief_at(REFERENCE, 3, 8)) / 12
    assert 0.0 < slope <= 0.043


def test_E21_same_sessions_done_build_the_same_share_whatever_the_spacing():
    """E21 counts supervised sessions: 24 sessions over 12 weeks (2/wk) reach the same share of their own
    asymptote as 24 over 8 weeks (3/wk)."""
    slow = model.program(REFERENCE, 2, 12, "healthy")
    fast = model.program(REFERENCE, 3, 8, "healthy")
    assert np.isclose(slow.tolerance[-1] / slow.dose_factor, fast.tolerance[-1] / fast.dose_factor, rtol=1e-6)


# --- Exercise type per condition -------------------------------------------------------------------------


def test_E21_E22_knee_oa_exercise_types_relieve_about_equally():
    """E21: aerobic 0.67, resistance 0.62 (P = 0.733). Resistance and isometric within 0.8-1.05 of aerobic
    (E22 ranks aerobic first, so neither may exceed it by more than rounding)."""
    aerobic = relief_at(REFERENCE)
    for bout in (Bout("dynamic_resistance", 70, 30), Bout("isometric", 30, 5)):
        assert 0.8 <= relief_at(bout) / aerobic <= 1.05, bout


def test_E23_clbp_types_ordered_as_the_network_meta_analysis():
    """E23: pain SMD vs true control aerobic -1.41 > stabilisation -1.31 > resistance -1.14. The model keeps
    that order and the ratios 0.93 and 0.81 within 0.05."""
    aerobic = relief_at(REFERENCE, population="chronic_low_back_pain")
    isometric = relief_at(Bout("isometric", 30, 5), population="chronic_low_back_pain")
    resistance = relief_at(Bout("dynamic_resistance", 70, 30), population="chronic_low_back_pain")
    assert aerobic > isometric > resistance > 0
    assert abs(isometric / aerobic - 1.31 / 1.41) <= 0.05
    assert abs(resistance / aerobic - 1.14 / 1.41) <= 0.05


def test_E3_E25_fibromyalgia_resistance_relieves_at_least_as_much_as_aerobic():
    """E25: resistance SMD 0.49 (0.24 to 0.74); E3: aerobic 0.31 (0.17 to 0.46). Both in their CIs at 12
    weeks, resistance not below aerobic."""
    aerobic = relief_at(REFERENCE, population="fibromyalgia")
    resistance = relief_at(Bout("dynamic_resistance", 60, 30), population="fibromyalgia")
    assert 0.17 <= aerobic <= 0.46
    assert 0.24 <= resistance <= 0.74
    assert resistance >= aerobic - 0.01


def test_E29_E30_whiplash_relief_is_small_and_neck_specific_exercise_does_better():
    """E29: a 20-session programme vs advice, 0.0/10 (-0.7 to 0.7), i.e. SMD about 0 +- 0.35 with an SD near
    2; E30: neck-specific exercise beat general activity. General exercise stays below 0.35; resistance above
    aerobic."""
    aerobic = relief_at(REFERENCE, population="whiplash")
    neck_specific = relief_at(Bout("dynamic_resistance", 50, 30), population="whiplash")
    assert 0 < aerobic <= 0.35
    assert neck_specific > aerobic


def test_E11_E28_healthy_tolerance_rises_with_aerobic_training_more_than_strength_training():
    """E11: aerobic training raised ischemic tolerance; E28: aerobic raised tolerance, strength training had
    no influence. Aerobic tolerance above 0.5 SMD at 12 weeks (E11 significant with n = 12) and more than
    twice the resistance value."""
    aerobic = tolerance_at(REFERENCE)
    strength = tolerance_at(Bout("dynamic_resistance", 70, 30))
    assert aerobic > 0.5
    assert aerobic > 2 * strength


# --- Too much too soon ------------------------------------------------------------------------------------


def test_I2_I3_E3_harder_sessions_bring_more_early_flare_but_no_more_relief():
    """I2: early soreness in the first weeks; I3: dropout lower with low intensity; E3: slight-to-moderate
    intensity relieved FM pain. In fibromyalgia, 85% VO2max gives a worse week 1 than 55% and no more relief
    at 12 weeks (within 0.02 SMD)."""
    moderate, hard = Bout("aerobic", 55, 30), Bout("aerobic", 85, 30)
    assert (
        relief_at(hard, population="fibromyalgia", week=1)
        < relief_at(moderate, population="fibromyalgia", week=1) - 0.1
    )
    assert relief_at(hard, population="fibromyalgia") <= relief_at(moderate, population="fibromyalgia") + 0.02


# --- Properties ---------------------------------------------------------------------------------------------


@FAST
@given(st.floats(40, 80), st.floats(20, 60), st.sampled_from(model.POPULATIONS))
def test_E21_programme_dose_is_flat_over_the_trials_range(intensity, minutes, population):
    """E21, C12: within the intensities and session lengths trials used, the programme dose stays within 15%
    of the reference session's (the floor is an assumption below that range)."""
    bout = Bout("aerobic", intensity, minutes)
    result = model.program(bout, 3, 12, population)
    assert 0.85 <= result.dose_factor / result.type_factor <= 1.15


@FAST
@given(
    st.builds(Bout, st.sampled_from(model.MODALITIES), st.floats(10, 100), st.floats(1, 360)),
    st.sampled_from(model.POPULATIONS),
    st.floats(1, 13),
    st.floats(0.1, 1),
)
def test_C12_E21_more_sessions_never_lower_the_programme_dose(bout, population, sessions, extra):
    """C12, E21: sessions per week raise the asymptotic dose, saturating (never falling)."""
    fewer = model.program(bout, sessions, 12, population).dose_factor
    more = model.program(bout, min(sessions + extra, 14.0), 12, population).dose_factor
    assert more >= fewer - 1e-12
    assert np.isfinite(more)


def test_type_factors_default_to_aerobic_where_no_row_separates_types():
    """E20: no exercise mode shown better than another in general; E21: types similar where not stated."""
    for population in ("healthy", "older_adult", "athlete", "me_cfs"):
        for modality in model.MODALITIES:
            assert par.lookup("training.type", population, modality) == 1.0
