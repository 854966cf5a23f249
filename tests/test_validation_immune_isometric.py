"""IL-6 over the whole duration range, and the isometric hold second by second.

Each test names the evidence rows it reproduces and says where its tolerance comes from. Effect sizes are
exercise-vs-control d (positive = less pain); cytokines are fold changes from rest (1 = unchanged).
"""

from __future__ import annotations

import numpy as np
import pytest

from widgets import model
from widgets import parameters as par

Bout = model.Bout


def il6_peak(bout: model.Bout, population: str = "healthy") -> float:
    return float(model.cytokines(bout, population).il6.max())


# --- IL-6 from one hour to six --------------------------------------------------------------------------


def test_G21_G1_two_and_a_half_to_three_and_a_half_hour_runs_fall_between_the_published_folds():
    """G21: 25-fold after 2.5 h at 75% VO2max (treadmill); G1: 128-fold after a 3:26 marathon.

    The two studies bracket what a 2.5-3.5-h run does; the model's runs (trained runners, at the paces
    the model lets them hold that long) must fall between them, not beyond either.
    """
    treadmill = il6_peak(Bout("aerobic", 75, 150), "athlete")
    marathon = il6_peak(Bout("aerobic", 70, 206), "athlete")
    assert 25 <= treadmill <= 128
    assert 25 <= marathon <= 128
    assert marathon > treadmill  # an hour longer at a pace held for the whole race (G1 vs G21)


@pytest.mark.parametrize("population", ["healthy", "athlete"])
def test_G22_G23_six_hours_at_sixty_percent_stays_between_lab_and_race_values(population):
    """G22: 9-fold after 6 h at 60% VO2max in the laboratory (14-fold plateau by 12-24 h); G23: a whole
    24-h race ended near 30-fold. Six hours at 60% must lie between the two (it was 500-fold before)."""
    fold = il6_peak(Bout("aerobic", 60, 360), population)
    assert 9.4 <= fold <= 30


def test_G22_G24_il6_levels_off_over_hours_at_a_moderate_pace():
    """G22: from 6 to 12 h at 60% IL-6 rose 1.48-fold, from 12 to 24 h 1.03-fold; G24: the rise slowed
    after the first 21 km. The model's last hour of a 6-h bout adds less than its second hour did, and
    3 to 6 h adds at most the 1.48 that 6 to 12 h added in G22."""
    folds = {h: il6_peak(Bout("aerobic", 60, 60 * h)) for h in (1, 2, 3, 5, 6)}
    assert folds[6] - folds[5] < folds[2] - folds[1]
    assert folds[6] / folds[3] <= 1.48


def test_G9_G22_il6_still_climbs_steeply_in_the_first_hours():
    """G9: duration drives the rise (1 to 2 h more than doubles the excess, G1 vs G5); G22 only bounds the
    plateau, so the early rise is kept."""
    one, two = (il6_peak(Bout("aerobic", 65, m)) - 1 for m in (60, 120))
    assert two > 4 * one


def test_G1_no_bout_the_model_accepts_goes_far_beyond_a_marathon():
    """G1 (128-fold) is the largest rise among the runs of up to 6 h in the register; G25's 8000-fold came
    after 36 h of racing. Every bout of 1-360 min, any intensity and population, stays below 160 (the G1
    test's upper bound)."""
    largest = max(
        il6_peak(Bout("aerobic", intensity, minutes), population)
        for intensity in range(10, 101, 5)
        for minutes in (60, 120, 240, 360)
        for population in par.POPULATIONS
    )
    assert largest <= 160


@pytest.mark.parametrize("intensity", [40, 50, 55, 60])
def test_G22_property_il6_peak_never_falls_with_longer_bouts_and_flattens(intensity):
    """Saturation property (G22): over 1-360 min the peak never falls as the bout gets longer, and the
    gain per hour shrinks once the steep early phase is over."""
    minutes = np.arange(60, 361, 30)
    peaks = np.array([il6_peak(Bout("aerobic", intensity, m)) for m in minutes])
    assert np.all(np.diff(peaks) >= -1e-12)
    gains = np.diff(peaks)
    assert gains[-1] <= gains.max()
    assert gains[-1] < 0.5 * gains.max() or gains.max() < 1e-3


def test_G21_G22_followers_stay_small_where_tnf_did_not_move():
    """G21: TNF-alpha unchanged after 2.5 h at 75%; G22: no TNF rise over 24 h. A 2-fold rise is what G1
    counted as a (significant) rise, so the model stays below it. G21: IL-1ra peaked 2 h after the run at
    18/25 of the IL-6 rise; the model puts IL-1ra after IL-6 at 0.15-0.75 of its rise."""
    for bout, population in ((Bout("aerobic", 75, 150), "athlete"), (Bout("aerobic", 60, 360), "healthy")):
        result = model.cytokines(bout, population)
        assert result.tnf.max() < 2.0
        assert result.hours[np.argmax(result.il1ra)] > result.end_hours
        assert 0.15 <= (result.il1ra.max() - 1) / (result.il6.max() - 1) <= 0.75


# --- The isometric hold, second by second ---------------------------------------------------------------


def hold(intensity: float = 22, minutes: float | None = None, population: str = "healthy"):
    return model.acute(Bout("isometric", intensity, minutes), population)


def test_D12_thresholds_rise_from_the_first_seconds_of_the_hold():
    """D12: PPT read every 30 s was already above the fibromyalgia group's at the start of a 22% MVC hold.
    The model has at least 15% of its end-of-hold effect after 30 s (about half the effect a first reading
    needs to differ, given A9's fair reliability)."""
    result = hold()
    start = -result.duration_minutes
    assert result.at(start + 0.5) >= 0.15 * result.at(0) > 0


def test_D12_the_rise_levels_off_in_the_second_half_of_the_hold():
    """D12: raised at the start, middle and end of the hold; C16: 3 min added little over 1 min. The second
    half of a hold to exhaustion adds less than the first half did."""
    result = hold()
    start = -result.duration_minutes
    middle = result.at(start / 2)
    assert middle - result.at(start) > result.at(0) - middle >= 0


def test_C16_three_minutes_add_little_over_one():
    """C16: at 25% MVC, 3 min raised the threshold only a little more than 1 min (d = 0.38, 'small').
    The model keeps the order and gives 1 min at least half of the 3-min effect."""
    one, three = (hold(25, m).effect_size for m in (1, 3))
    assert three > one >= 0.5 * three


def test_D12_B2_D3_thresholds_drop_at_once_after_the_hold_but_stay_up():
    """D12, B2: PPT fell as soon as the contraction ended (P < 0.001) but stayed above baseline for 5 min;
    D3: isometric EIH still present 15 min after. Read as: at least a quarter lost within 1 min, 5-50%
    left at 5 min ('slightly above'), still positive at 15 min."""
    result = hold()
    end = result.at(0)
    assert result.at(1) <= 0.75 * end
    assert 0.05 * end <= result.at(5) <= 0.5 * end
    assert result.at(15) > 0


def test_D1_aerobic_eih_has_no_fast_drop():
    """D1: aerobic EIH was present at 5 min and near baseline by 30 min, one slow fade; the fast drop is
    specific to the isometric hold (D12)."""
    result = model.acute(Bout("aerobic", 75, 30))
    assert result.at(1) >= 0.9 * result.at(0)


@pytest.mark.parametrize("intensity", [10, 20, 25, 30, 40])
def test_D12_property_isometric_rise_is_monotone_with_no_long_lag(intensity):
    """Property (D12): during any hold of at least 2 min the effect never falls, and a quarter of the
    end-of-hold effect is there within the first minute; after the hold it only fades."""
    result = hold(intensity, 2)
    during = result.effect[result.minutes <= 0]
    after = result.effect[result.minutes >= 0]
    assert np.all(np.diff(during) >= -1e-12)
    assert result.at(-result.duration_minutes + 1) >= 0.25 * result.at(0)
    assert np.all(np.diff(after) <= 1e-12)
