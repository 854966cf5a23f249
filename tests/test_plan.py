"""The clinic planner's logic (widgets/plan) and the model additions it stands on.

Rows: B13 (high pain sensitivity blunts EIH in chronic musculoskeletal pain), B15/B17 (delayed flare in
sensitised groups), E21 (relief builds per session done; sessions a week matter, session length hardly).
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from widgets import model, plan
from widgets.plan import search


def profile(**changes):
    values = {"condition": "fibromyalgia", "age_group": "under_60", "pain_today": 4, "weekly_activity": 90,
              "high_sensitivity": False, "preferred_modality": "aerobic"} | changes
    return plan.Profile(**values)


# --- model additions -------------------------------------------------------------------------------


@pytest.mark.parametrize("population, site", [
    ("fibromyalgia", "local"), ("chronic_low_back_pain", "local"),
    ("knee_osteoarthritis", "remote"),  # B11: in knee OA thresholds rose away from the knee
])
def test_high_sensitivity_removes_the_short_relief_in_a_pain_condition_b13(population, site):
    """B13: thresholds rose after exercise only in the less sensitive half of chronic MSK pain patients."""
    bout = model.Bout("aerobic", 60, 30)
    typical = model.acute(bout, population, "threshold", site)
    sensitive = model.acute(bout, population, "threshold", site, high_sensitivity=True)
    assert typical.at(0) > 0.1
    # B13's group gain is 0 (range -0.3 to 0.3): only the small sensitisation term is left.
    assert abs(sensitive.at(0)) < 0.05
    after_typical = model.after_effects(bout, population)
    after_sensitive = model.after_effects(bout, population, high_sensitivity=True)
    assert after_sensitive.effect[0] < after_typical.effect[0] - 0.05
    # The delayed flare is the group's own: B13 measured none, so 24 h on nothing changes.
    late = after_typical.hours >= 24
    assert np.allclose(after_sensitive.effect[late], after_typical.effect[late], atol=1e-3)


def test_high_sensitivity_does_nothing_without_a_pain_condition():
    bout = model.Bout("aerobic", 60, 30)
    assert np.array_equal(model.acute(bout, "healthy").effect,
                          model.acute(bout, "healthy", high_sensitivity=True).effect)


@pytest.mark.parametrize("bad", ["yes", 1, None])
def test_high_sensitivity_must_be_true_or_false(bad):
    with pytest.raises(ValueError, match="high_sensitivity must be True or False"):
        model.after_effects(model.Bout("aerobic", 60, 30), "fibromyalgia", high_sensitivity=bad)


@pytest.mark.parametrize("population", ["fibromyalgia", "healthy", "whiplash"])
def test_graded_program_with_one_session_every_week_is_the_programme(population):
    bout = model.Bout("dynamic_resistance", 60, 40)
    fixed = model.program(bout, 3, 10, population, 6)
    graded = model.graded_program([bout] * 10, 3, population, 6)
    for name in ("pain_relief", "threshold", "tolerance", "crp_reduction"):
        assert np.allclose(getattr(fixed, name), getattr(graded, name), atol=1e-12), name
    assert np.allclose(fixed.band[0], graded.band[0], atol=1e-12)


def test_graded_program_early_weeks_follow_the_current_session():
    """Longer sessions later in the plan must not add flare to the first week (I2 penalty per week)."""
    short, long = model.Bout("aerobic", 70, 15), model.Bout("aerobic", 70, 60)
    graded = model.graded_program([short] * 4 + [long] * 8, 3, "fibromyalgia")
    held = model.program(short, 3, 12, "fibromyalgia")
    first_weeks = graded.week < 4
    assert np.allclose(graded.pain_relief[first_weeks], held.pain_relief[first_weeks])
    later = (graded.week > 4.5) & (graded.week < 6)
    assert np.all(graded.pain_relief[later] < held.pain_relief[later])  # the longer sessions' early penalty


@pytest.mark.parametrize("bad, match", [
    ([], "weekly_bouts must be a list of 1 to 52"),
    ("aerobic", "weekly_bouts must be a list"),
    ([model.Bout("aerobic", 50, 30), model.Bout("isometric", 30, 3)], "one exercise type"),
    ([model.Bout("aerobic", 50, 30)] * 53, "weekly_bouts must be a list of 1 to 52"),
])
def test_graded_program_rejects_bad_plans(bad, match):
    with pytest.raises(ValueError, match=match):
        model.graded_program(bad, 3, "fibromyalgia")


# --- profile ---------------------------------------------------------------------------------------


@pytest.mark.parametrize("field, value, words", [
    ("pain_today", 11, "pain_today must be a number from 0 to 10"),
    ("pain_today", -1, "pain_today must be a number from 0 to 10"),
    ("weekly_activity", -5, "weekly_activity must be a number from 0 to 2000"),
    ("weekly_activity", float("nan"), "weekly_activity must be"),
    ("condition", "gout", "condition must be one of"),
    ("age_group", "40s", "age_group must be one of"),
    ("preferred_modality", "yoga", "modality must be one of"),
    ("high_sensitivity", "no", "high_sensitivity must be True or False"),
])
def test_profile_rejects_bad_input_naming_the_field(field, value, words):
    with pytest.raises(ValueError, match=words):
        profile(**{field: value})


def test_profile_maps_to_the_model_group():
    assert plan.model_population(profile(condition="none")) == "healthy"
    assert plan.model_population(profile(condition="none", age_group="60_or_older")) == "older_adult"
    assert plan.model_population(profile(condition="whiplash", age_group="60_or_older")) == "whiplash"
    notes = plan.profile_notes(profile(condition="whiplash", age_group="60_or_older", pain_today=7))
    assert any("no group for older adults" in n for n in notes)
    assert any("above 5 out of 10" in n for n in notes)
    assert plan.profile_notes(profile()) == []


# --- flare risk and the suggested start ------------------------------------------------------------


def test_flare_risk_is_the_share_past_a_small_effect_at_the_worst_hour():
    after = model.after_effects(model.Bout("aerobic", 60, 20), "fibromyalgia")
    spread = (after.band[1] - after.effect) / model.spread.Z_HIGH
    from statistics import NormalDist
    pairs = zip(after.effect, spread, strict=True)
    by_hour = [NormalDist(m, s).cdf(-search.NOTICEABLE_FLARE) for m, s in pairs if s > 0]
    assert plan.flare_risk(after) == pytest.approx(100 * max(by_hour), abs=1e-9)


def test_flare_risk_rises_with_session_length_in_fibromyalgia_b15():
    risks = [search.session_flare_risk("aerobic", 60, m, "fibromyalgia", False) for m in (10, 15, 20, 30)]
    assert risks == sorted(risks) and risks[-1] - risks[0] > 50


@pytest.mark.parametrize("condition", ["fibromyalgia", "chronic_low_back_pain", "me_cfs", "none"])
@pytest.mark.parametrize("limit", [10, 25, 40])
def test_suggested_start_is_the_largest_dose_within_the_limit(condition, limit):
    """Brute force over the same grid: nothing larger is within the limit and the weekly minutes."""
    p = profile(condition=condition, weekly_activity=120)
    s = plan.suggest_start(p, limit)
    population = plan.model_population(p)
    assert s.within_limit and s.flare_risk <= limit
    assert s.sessions_per_week * s.bout.minutes <= 120
    chosen = s.sessions_per_week * s.bout.minutes * s.bout.intensity
    for intensity in search.INTENSITIES:
        for minutes in search.MINUTES:
            risk = plan.flare_risk(model.after_effects(model.Bout("aerobic", intensity, minutes), population))
            for sessions in search.SESSIONS:
                if risk <= limit and sessions * minutes <= 120:
                    assert sessions * minutes * intensity <= chosen
    assert f"within {limit:g}%" in s.explanation and "120 minutes a week" in s.explanation


def test_a_tighter_limit_never_suggests_a_larger_dose():
    p = profile()
    sizes = [(s.sessions_per_week * s.bout.minutes * s.bout.intensity)
             for s in (plan.suggest_start(p, limit) for limit in (10, 20, 30, 40, 50))]
    assert sizes == sorted(sizes)


def test_no_dose_within_the_limit_is_said_plainly():
    """Isometric holds sensitise in fibromyalgia (B1, B2): even the smallest hold is above a 5% limit."""
    s = plan.suggest_start(profile(preferred_modality="isometric"), 5)
    assert not s.within_limit and s.flare_risk > 5
    assert s.explanation.startswith("No dose in the planner keeps the flare risk within 5%")


def test_suggestion_limit_is_checked():
    with pytest.raises(ValueError, match="flare_risk_limit must be a number from 5 to 50"):
        plan.suggest_start(profile(), 80)


# --- progression ---------------------------------------------------------------------------------


def test_progression_grows_sessions_and_holds_at_the_limit():
    p = profile()
    weeks = plan.graded_weeks(p, model.Bout("aerobic", 60, 10), 12, "plus10", 25)
    minutes = [w.bout.minutes for w in weeks]
    assert minutes[0] == 10 and minutes[1] == 11 and minutes == sorted(minutes)
    assert all(w.flare_risk <= 25 for w in weeks)
    held = [w for w in weeks if w.held]
    assert held, "a 10-minute start at 60% reaches the 25% limit within 12 weeks in fibromyalgia"
    longer = model.Bout("aerobic", 60, round(held[0].bout.minutes * 1.1))
    assert plan.flare_risk(model.after_effects(longer, "fibromyalgia")) > 25  # why it held


def test_hold_keeps_the_starting_dose():
    weeks = plan.graded_weeks(profile(), model.Bout("aerobic", 40, 20), 8, "hold", 25)
    assert {w.bout for w in weeks} == {model.Bout("aerobic", 40, 20)} and not any(w.held for w in weeks)


def test_progression_rejects_unknown_rules():
    with pytest.raises(ValueError, match="progression must be one of"):
        plan.graded_weeks(profile(), model.Bout("aerobic", 40, 20), 8, "double", 25)


def test_the_appendix_quotes_the_flare_risks_the_model_gives():
    """book/appendix/model.md: "in fibromyalgia at 60% of maximum it is about 0% for 10 minutes, 18% for 15
    and 81% for 20"."""
    text = (Path(__file__).resolve().parent.parent / "book" / "appendix" / "model.md").read_text()
    assert "about 0% for 10 minutes, 18% for 15 and 81% for 20" in text
    risks = [search.session_flare_risk("aerobic", 60, m, "fibromyalgia", False) for m in (10, 15, 20)]
    assert [round(r) for r in risks] == [0, 18, 81]
