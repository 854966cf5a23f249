"""The model against the literature: each test names the evidence rows it reproduces.

Effect sizes are exercise-vs-control d (positive = less pain). Tolerances are wide on purpose: EIH test-retest
reliability is fair to poor (A9: ICC <= 0.61, smallest detectable change 29-58%), most single studies have
n = 8-80, and the model is educational. Each tolerance says where it comes from.
"""

from __future__ import annotations

import numpy as np
import pytest

from widgets import model
from widgets import parameters as par

Bout = model.Bout


def peak(
    bout: model.Bout, population: str = "healthy", measure: str = "threshold", site: str = "local"
) -> float:
    return model.acute(bout, population, measure, site).effect_size


def window_mean(result: model.AfterEffects, start: float, stop: float) -> float:
    inside = (result.hours >= start) & (result.hours <= stop)
    return float(result.effect[inside].mean())


def at_week(result: model.ProgramResult, values: np.ndarray, week: float) -> float:
    return float(np.interp(week, result.week, values))


TYPICAL_AEROBIC = Bout("aerobic", 75, 30)


# --- Dose: intensity and duration ------------------------------------------------------------------------


def test_C1_ten_minutes_at_75_percent_is_far_weaker_than_thirty():
    """C1: finger-pressure ratings, ES 0.08 after 10 min vs 0.65 after 30 min at 75% VO2max (ratio 0.12)."""
    ratio = peak(Bout("aerobic", 75, 10), measure="rating") / peak(Bout("aerobic", 75, 30), measure="rating")
    # n = 12; allow up to 0.3 (2.5x the observed ratio) for the noise in A9.
    assert 0.0 < ratio < 0.3


def test_C1_thirty_minutes_at_50_percent_is_weaker_than_at_75():
    """C1: 30 min at 50% was not significant (ES 0.51) while 75% was (0.65): ratio below 0.78."""
    ratio = peak(Bout("aerobic", 50, 30), measure="rating") / peak(Bout("aerobic", 75, 30), measure="rating")
    assert ratio < 0.78


def test_C5_thirty_percent_vo2_gives_no_meaningful_eih():
    """C5: 30% VO2peak lowered PPT; 70% raised it. The model: ~0 on average, many people below zero."""
    low = model.acute(Bout("aerobic", 30, 30))
    assert abs(low.effect_size) < 0.1  # "no EIH": below the smallest effect A6 calls an effect (0.11)
    assert low.share_worse >= 0.3  # a third or more measure hyperalgesia (C5 group mean was negative)
    assert peak(Bout("aerobic", 70, 30)) > 0.3


def test_C2_A4_high_intensity_beats_moderate_beats_low():
    """C2, A4, C3: hypoalgesia most consistent at high intensity; low intensity minimal."""
    low, moderate, high = (peak(Bout("aerobic", i, 20)) for i in (40, 65, 85))
    assert low < moderate < high
    assert low < 0.25 * high  # A4: "low intensity: minimal effect"


def test_C6_no_gain_from_30_to_45_or_60_minutes():
    """C6 (and A4 'no effect of duration'): 45 or 60 min at 75% add nothing over 30 min."""
    thirty = model.acute(Bout("aerobic", 75, 30)).at(5)
    for minutes in (45, 60):
        assert model.acute(Bout("aerobic", 75, minutes)).at(5) <= thirty + 0.02


def test_C8_C9_isometric_to_failure_beats_two_minutes():
    """C8, C9: 25% MVC held to failure changed threshold and ratings; 2 min changed threshold only.

    The evidence gives the order, not a ratio. The factor of 2 this test used to ask for was overruled by
    the studies that measured thresholds during the hold: they were raised from its start (D12) and 3 min
    added little over 1 min (C16), so 2 min already reaches most of the plateau.
    """
    to_failure = peak(Bout("isometric", 25, None))
    two_minutes = peak(Bout("isometric", 25, 2))
    assert to_failure > two_minutes > 0


def test_C7_A2_short_bouts_at_high_intensity_still_work():
    """C7, A2: 8-10 min at 85-100% gives local EIH (Sternberg 10 min at 85%: ES 0.64 pre-post)."""
    short_hard = peak(Bout("aerobic", 90, 8))
    assert short_hard > 0.25  # at least half of a typical 30-min bout's effect
    assert short_hard > peak(Bout("aerobic", 60, 8))


# --- Effect-size world, modality, site, measure -----------------------------------------------------------


def test_A3_aerobic_typical_bout_inside_controlled_confidence_interval():
    """A3: aerobic exercise vs control g = 0.85 [0.13, 1.58]; A5 network estimate 0.45 [0.12, 0.78]."""
    assert 0.45 <= peak(TYPICAL_AEROBIC) <= 0.85


def test_A3_isometric_controlled_effect_is_small():
    """A3: isometric g = 0.16 [-0.05, 0.36] (ns); A5: 0.46. A typical 3-min 30% MVC hold sits in between."""
    isometric = peak(Bout("isometric", 30, 3))
    assert 0.1 <= isometric <= 0.46
    assert isometric < peak(TYPICAL_AEROBIC)


def test_A3_dynamic_resistance_session_near_pooled_effect():
    """A3: dynamic resistance g = 0.45 [0.22, 0.69] for sessions such as 3 x 10 at 75% 1RM (D7)."""
    assert 0.22 <= peak(Bout("dynamic_resistance", 75, 20)) <= 0.69


def test_A1_pre_post_conversion_is_consistent_with_dynamic_resistance():
    """A1 vs A3: pre-post d 0.83 times the stated conversion factor lands inside A3's CI for resistance."""
    converted = 0.83 * par.value("conversion.pre_post_to_controlled")
    assert 0.22 <= converted <= 0.69


def test_A4_remote_to_local_ratio_is_0_4_to_0_6():
    """A4: remote/local PPT difference 1.8/3.1 = 0.58 overall and 3.0/7.5 = 0.40 at high intensity."""
    bout = Bout("aerobic", 70, 20)
    ratio = peak(bout, site="remote") / peak(bout, site="local")
    assert 0.4 <= ratio <= 0.6


def test_A1_ratings_beat_thresholds_for_aerobic_but_not_isometric():
    """A1: aerobic d_intensity 0.59 > d_threshold 0.41; isometric d_intensity 0.72 < d_threshold 1.02."""
    assert peak(TYPICAL_AEROBIC, measure="rating") > peak(TYPICAL_AEROBIC)
    isometric = Bout("isometric", 30, 3)
    assert peak(isometric, measure="rating") < peak(isometric)


def test_A7_ratings_respond_at_lower_intensity_than_thresholds():
    """A7: 25 min at 50% HRR (~57% VO2max) lowered heat ratings but did not raise PPT; 70% HRR did both."""
    moderate, vigorous = Bout("aerobic", 57, 25), Bout("aerobic", 75, 25)
    rating_share = peak(moderate, measure="rating") / peak(vigorous, measure="rating")
    threshold_share = peak(moderate) / peak(vigorous)
    assert rating_share > threshold_share


def test_D5_tolerance_rises_more_and_outlasts_threshold():
    """D5: tolerance was raised earlier and still at 10-min recovery when threshold had returned."""
    threshold = model.acute(TYPICAL_AEROBIC, measure="threshold")
    tolerance = model.acute(TYPICAL_AEROBIC, measure="tolerance")
    assert tolerance.effect_size > threshold.effect_size
    assert tolerance.at(10) / tolerance.at(0) > threshold.at(10) / threshold.at(0)


# --- Time course ------------------------------------------------------------------------------------------


def test_D1_D3_healthy_eih_present_at_15_min_and_gone_by_30():
    """D3: still present 15 min after exercise; D1: back toward baseline by 30 min (C1 protocol)."""
    result = model.acute(Bout("aerobic", 75, 30), measure="rating")
    assert result.at(15) > 0.25 * result.at(0)
    assert result.at(30) < 0.2 * result.at(0)


def test_B10_D2_low_back_pain_eih_still_present_at_32_min():
    """B10, D2: CLBP ratings still lower 32 min after 25 min of cycling; healthy decays by 30 min (D1)."""
    bout = Bout("aerobic", 70, 25)
    back = model.acute(bout, "chronic_low_back_pain", measure="rating")
    healthy = model.acute(bout, "healthy", measure="rating")
    assert back.at(32) > 0.25 * back.at(0)
    assert back.at(32) / back.at(0) > 2 * healthy.at(30) / healthy.at(0)


def test_B2_D6_healthy_isometric_eih_outlasts_the_contraction():
    """B2, D6: in healthy people PPT rose during the contraction and stayed up for 5 min afterwards."""
    result = model.acute(Bout("isometric", 22, None))
    during = result.effect[result.minutes < 0]
    assert during[-1] > during[len(during) // 4] > 0  # rising during the contraction
    assert result.at(5) > 0


# --- Populations ------------------------------------------------------------------------------------------


def test_A8_a_third_to_half_of_healthy_people_do_not_respond():
    """A8: after 30% MVC handgrip 60% had hypoalgesia and 40% hyperalgesia; the model puts 30-50% below 0."""
    result = model.acute(Bout("isometric", 30, 3))
    assert 0.3 <= result.share_worse <= 0.5
    low, high = result.band_at(0)
    assert low < 0 < high


def test_A11_older_adults_show_weaker_or_absent_eih():
    """A11: younger > older for aerobic and isometric EIH; 3-min 25% MVC handgrip lowered PPT in the old."""
    assert peak(TYPICAL_AEROBIC, "older_adult") < 0.5 * peak(TYPICAL_AEROBIC)
    assert peak(Bout("isometric", 25, 3), "older_adult") <= 0


def test_B1_B2_fibromyalgia_isometric_exercise_is_hyperalgesic():
    """B1, B2: isometric contraction raised PPT in controls and lowered it in FM, locally and remotely."""
    for bout in (Bout("isometric", 30, 1.5), Bout("isometric", 22, None)):
        assert peak(bout, "healthy") > 0
        assert peak(bout, "fibromyalgia", site="local") < 0
        assert peak(bout, "fibromyalgia", site="remote") < 0


def test_B5_fibromyalgia_band_spans_zero():
    """B5: in FM pain rose in some, fell in others; the band (middle 80%) spans zero."""
    for bout in (Bout("isometric", 25, None), TYPICAL_AEROBIC):
        low, high = model.acute(bout, "fibromyalgia").band_at(0)
        assert low < 0 < high


def test_B3_fibromyalgia_to_exhaustion_turns_strongly_negative():
    """B3: FM treadmill to exhaustion ES_int -1.13, against +0.45 / +0.79 after self-selected cycling."""
    to_exhaustion = Bout("aerobic", 80, None)
    # Pre-post -1.13 x 0.55 (conversion) = -0.62 five minutes after; away from the legs the model is < -0.5.
    assert model.acute(to_exhaustion, "fibromyalgia", "rating", "remote").at(5) < -0.5
    assert model.acute(to_exhaustion, "fibromyalgia", "rating", "local").at(5) < 0
    assert peak(Bout("aerobic", 60, 20), "fibromyalgia") > 0


def test_B7_B8_me_cfs_thresholds_fall_after_submaximal_cycling():
    """B7, B8: PPT fell in ME/CFS and rose in CLBP and healthy controls after submaximal cycling."""
    bout = Bout("aerobic", 60, 20)
    assert peak(bout, "me_cfs") < 0
    assert peak(bout, "chronic_low_back_pain") > 0
    assert peak(bout, "healthy") > 0


def test_B9_whiplash_thresholds_fall_after_cycling():
    """B9: PPT fell after submaximal cycling in chronic whiplash and rose in controls."""
    bout = Bout("aerobic", 60, 20)
    assert peak(bout, "whiplash") < 0 < peak(bout, "healthy")


def test_B11_knee_osteoarthritis_eih_is_mainly_remote():
    """B11: in knee OA only exercise away from the painful knee raised PPT; local effects were variable."""
    bout = Bout("dynamic_resistance", 70, 20)
    assert (
        peak(bout, "knee_osteoarthritis", site="remote") > peak(bout, "knee_osteoarthritis", site="local") > 0
    )


# --- Too much: exhaustion, ultra-endurance, delayed flares ------------------------------------------------


def test_C14_exhaustion_produces_remote_hyperalgesia_at_20_and_60_min():
    """C14: forehead PPT -16% at 20 and 60 min after cycling to exhaustion; joint sites unchanged.

    -16% of PPT is about -0.45 d for a between-person CV of 35%; allow -0.9 to -0.2 (CV 18-80%).
    """
    bout = Bout("aerobic", 80, None)
    remote = model.acute(bout, site="remote")
    assert -0.9 <= remote.at(20) <= -0.2
    assert -0.9 <= remote.at(60) <= -0.2
    assert abs(model.acute(bout, site="local").at(20)) < 0.25  # "unchanged": below a small effect


def test_C15_ultra_endurance_sensitises():
    """C15: PPT fell during an ultra-marathon (25-100 miles, several hours at low intensity)."""
    ultra = Bout("aerobic", 45, 360)
    assert model.acute(ultra, site="remote").at(5) < -0.2
    assert model.acute(ultra, site="local").at(5) < 0


def test_B15_flare_is_larger_at_8_to_72_h_than_at_0_to_2_h():
    """B15: post-exertional pain vs controls d 0.32 (0.10-0.53) at 0-2 h and 0.71 (0.28-1.14) at 8-72 h."""
    test = Bout("aerobic", par.value("flare.reference_intensity"), par.value("flare.reference_minutes"))
    for population in ("fibromyalgia", "me_cfs"):
        result = model.after_effects(test, population)
        early, late = window_mean(result, 0, 2), window_mean(result, 8, 72)
        assert -0.53 <= early <= -0.10
        assert -1.14 <= late <= -0.28
        assert late < early


def test_B15_healthy_controls_do_not_flare():
    """B15: healthy controls are the zero reference; after a bout their pain does not rise."""
    result = model.after_effects(Bout("aerobic", 90, 10), "healthy")
    assert result.effect.min() >= 0


def test_B17_whiplash_flare_lasts_about_two_days():
    """B17: neck-shoulder pain rose during cycling and on the following two evenings."""
    result = model.after_effects(Bout("aerobic", 60, 20), "whiplash")
    assert result.at(24) < -0.1
    assert result.at(48) < 0
    assert result.at(72) > result.at(24)  # fading by the third day


# --- Training over weeks ----------------------------------------------------------------------------------

REFERENCE_SESSION = Bout("aerobic", 70, 30)


def test_E4_knee_osteoarthritis_programme_after_12_weeks():
    """E4: exercise vs control in knee OA, pain SMD 0.49 (0.39 to 0.59) immediately after treatment."""
    result = model.program(REFERENCE_SESSION, 3, 12, "knee_osteoarthritis")
    assert 0.39 <= at_week(result, result.pain_relief, 12) <= 0.59


def test_E3_fibromyalgia_aerobic_programme_after_12_weeks():
    """E3: aerobic exercise in FM, pain SMD 0.31 (0.17 to 0.46) after treatment."""
    result = model.program(REFERENCE_SESSION, 3, 12, "fibromyalgia")
    assert 0.17 <= at_week(result, result.pain_relief, 12) <= 0.46


def test_E1_relief_builds_over_8_to_12_weeks():
    """E1: clinically relevant reductions come after 8-12 weeks, not after the first two."""
    result = model.program(REFERENCE_SESSION, 3, 12, "chronic_low_back_pain")
    twelve = at_week(result, result.pain_relief, 12)
    assert at_week(result, result.pain_relief, 2) < 0.5 * twelve
    assert at_week(result, result.pain_relief, 8) > 0.75 * twelve


def test_E11_healthy_training_raises_tolerance_not_threshold():
    """E11: 6 weeks of 3 x 30 min at 75% VO2 reserve raised ischemic tolerance; PPT did not (n = 12)."""
    result = model.program(Bout("aerobic", 78, 30), 3, 6, "healthy")
    tolerance, threshold = at_week(result, result.tolerance, 6), at_week(result, result.threshold, 6)
    assert tolerance > 2 * threshold
    assert threshold < 0.3  # too small to reach significance with 12 per group


def test_E18_H4_benefit_fades_after_training_stops():
    """E18, H4: gains depend on staying active; habituation was not retained two weeks later."""
    result = model.program(REFERENCE_SESSION, 3, 12, "knee_osteoarthritis", detraining_weeks=12)
    end_of_training = at_week(result, result.pain_relief, 12)
    assert at_week(result, result.pain_relief, 24) < 0.2 * end_of_training
    assert at_week(result, result.tolerance, 24) < 0.2 * at_week(result, result.tolerance, 12)


def test_I2_flare_prone_people_feel_worse_in_the_first_weeks_then_better():
    """I2: about one third had soreness in the first 3 weeks, which resolved; E3: benefit by the end."""
    result = model.program(REFERENCE_SESSION, 3, 12, "fibromyalgia")
    assert at_week(result, result.pain_relief, 1) < 0
    assert at_week(result, result.pain_relief, 12) > 0


def test_C11_C12_more_sessions_per_week_help_but_saturate():
    """C11: 5x and 10x/wk lowered pain, 3x/wk did not within a week; C12: frequency matters most."""

    def tolerance_at_12(sessions: float) -> float:
        result = model.program(REFERENCE_SESSION, sessions, 12, "healthy")
        return at_week(result, result.tolerance, 12)

    one, three, ten = tolerance_at_12(1), tolerance_at_12(3), tolerance_at_12(10)
    assert one < three < ten
    assert ten - three < three - one  # saturating


def test_F14_F15_athletes_resting_tolerance_far_above_threshold():
    """F14, F15: athletes vs normally active, tolerance g 0.87-0.88, threshold g 0.41 (0.08-0.75)."""
    athlete = model.resting("athlete")
    assert 0.53 <= athlete.tolerance <= 1.21
    assert 0.08 <= athlete.threshold <= 0.75
    assert athlete.tolerance > 1.5 * athlete.threshold


def test_G13_training_lowers_inflammatory_tone():
    """G13: CRP fell with training, ES 0.26 (0.18 to 0.34)."""
    result = model.program(REFERENCE_SESSION, 3, 12, "healthy")
    assert 0.18 <= at_week(result, result.crp_reduction, 12) <= 0.34


# --- Cytokines --------------------------------------------------------------------------------------------


def test_G1_G3_marathon_il6_rises_about_100_fold():
    """G1: IL-6 128-fold right after a 3:26 marathon; G3: 'as much as 100-fold'. Allow 70-160 (G2 spread)."""
    result = model.cytokines(Bout("aerobic", 70, 206), "athlete")
    assert 70 <= result.il6.max() <= 160
    assert abs(result.hours[np.argmax(result.il6)] - result.end_hours) < 0.05  # peak at the finish


def test_G1_G2_il1ra_peaks_about_an_hour_after_the_end():
    """G1: IL-1ra peaked 1 h after the race (39-fold); G2: 1.5 h. IL-10 peaked at the end (27-fold)."""
    result = model.cytokines(Bout("aerobic", 70, 206), "athlete")
    assert 0.5 <= result.hours[np.argmax(result.il1ra)] - result.end_hours <= 2.0
    assert 0.15 <= result.il1ra.max() / result.il6.max() <= 0.5  # 39 / 128 = 0.30
    assert result.hours[np.argmax(result.il10)] - result.end_hours <= 0.5
    assert 1.5 <= result.tnf.max() <= 3.5  # G1: TNF-alpha 2.3-fold


def test_G5_one_hour_moderate_about_five_fold_and_back_by_90_min():
    """G5: 1 h cycling at 90% of lactate threshold: IL-6 5-fold, back to baseline 1.5 h later."""
    result = model.cytokines(Bout("aerobic", 65, 60))
    assert 3 <= result.il6.max() <= 8
    assert np.interp(result.end_hours + 1.5, result.hours, result.il6) < 1.5


def test_G7_short_all_out_work_raises_no_il6():
    """G7: short continuous or intermittent all-out bouts left IL-6 unchanged."""
    result = model.cytokines(Bout("aerobic", 100, None))
    assert result.il6.max() < 1.2


def test_G9_il6_needs_long_work_with_a_large_muscle_mass():
    """G9: the rise depends on duration above all, and needs a large muscle mass."""
    one_hour = model.cytokines(Bout("aerobic", 65, 60)).il6.max() - 1
    two_hours = model.cytokines(Bout("aerobic", 65, 120)).il6.max() - 1
    small_mass = model.cytokines(Bout("dynamic_resistance", 65, 60)).il6.max() - 1
    assert two_hours > 4 * one_hour  # super-linear in duration (G1 vs G5)
    assert small_mass < one_hour


# --- CPM and habituation ----------------------------------------------------------------------------------


def test_F3_F5_healthy_cpm_is_about_half_a_standard_deviation():
    """F5: healthy CPM d 0.52-0.54; F3: ratings 42% lower during conditioning."""
    assert 0.4 <= model.cpm("healthy").during <= 0.6


def test_F4_D3_cpm_after_effect_is_much_smaller_than_during():
    """F4: late CPM 1.7-7.6 points vs early 16.7-19.5 (ratio 0.1-0.45); D3: CPM only during conditioning."""
    result = model.cpm("healthy")
    assert 0 < result.after < 0.45 * result.during
    assert result.effect[-1] < 0.05 * result.during  # gone 10 min later


def test_F1_F2_cpm_is_reduced_in_chronic_pain_and_fibromyalgia():
    """F1: CPM impaired in chronic pain (ES 0.78); F2: 65% relative reduction in FM."""
    healthy = model.cpm("healthy").during
    assert model.cpm("chronic_low_back_pain").during < 0.75 * healthy
    assert 0.2 <= model.cpm("fibromyalgia").during / healthy <= 0.6  # 0.35 = 1 - 0.65
    assert model.resting("fibromyalgia").cpm < 0
    assert model.resting("knee_osteoarthritis").cpm < 0


def test_F16_triathletes_have_stronger_cpm():
    """F16: triathletes showed greater CPM than non-athletes."""
    assert model.cpm("athlete").during > model.cpm("healthy").during
    assert model.resting("athlete").cpm > 0


def test_H4_daily_cold_pressor_habituation_is_lost_by_day_14():
    """H4: 7 daily cold pressor tests raised threshold, tolerance; day-14 values lay between days 1 and 7."""
    result = model.repeated_pain(range(7), "healthy", stimulus="cold")
    day_seven = result.effect[6]  # the 7th exposure (study day 7)
    day_fourteen = result.effect[13]  # study day 14, a week after the last session
    assert day_seven > result.effect[1] > result.effect[0] == 0
    assert 0 < day_fourteen < 0.5 * day_seven
    assert result.effect[-1] < 0.25 * day_seven  # 14 days after the last session


def test_H5_H1_habituation_per_session_is_small_and_saturates():
    """H5: ratings fell 5-9 points / 100 from session 1 to 2 (below the MDC of 14-27); H1: falls over days."""
    result = model.repeated_pain(range(8), "healthy", stimulus="heat")
    gains = np.diff(result.effect[:8])
    assert 0 < result.effect[1] < 0.7  # one session's worth, below an MDC of ~0.7 SD
    assert np.all(np.diff(gains) < 0)  # each extra day adds less


def test_H9_fibromyalgia_sensitises_to_cold_and_habituates_less_to_heat():
    """H9: across trials FM women sensitised to cold; they habituated to heat, less than controls."""
    days = range(5)
    assert model.repeated_pain(days, "fibromyalgia", "cold").effect[4] < 0
    fm_heat = model.repeated_pain(days, "fibromyalgia", "heat").effect[4]
    assert 0 < fm_heat < model.repeated_pain(days, "healthy", "heat").effect[4]


def test_H3_chronic_low_back_pain_habituates_like_healthy():
    """H3: between-session habituation was present in healthy, CLBP and depression alike."""
    back = model.repeated_pain(range(8), "chronic_low_back_pain", "heat").effect
    assert back[7] > 0
    np.testing.assert_allclose(back, model.repeated_pain(range(8), "healthy", "heat").effect)


@pytest.mark.parametrize("population", ["me_cfs", "whiplash", "fibromyalgia"])
def test_B15_B16_sensitised_populations_flare_harder_after_exhaustive_work(population):
    """B15, B16, C14: the flare grows with load; exhaustive work provokes more than a short moderate bout."""
    gentle = model.after_effects(Bout("aerobic", 50, 10), population).effect.min()
    exhaustive = model.after_effects(Bout("aerobic", 80, None), population).effect.min()
    assert exhaustive < gentle < 0
