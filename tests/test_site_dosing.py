"""The dosing chapter on the static site (Chromium, offline).

Parity: for seeded random settings of each chart's controls (population and both doses, set through the
chart's Vega parameters, as a reader's control would), the lines and bands Vega draws for dose A and dose B
carry the Python model's numbers. The page stores each average and spread rounded to 3 decimals, and a band
end is average + z * spread, so drawn averages match within 0.0005 and band ends within
0.0005 * (1 + |z|) (about 0.0011), plus float slack. The result sentence equals ``ResultSentence.text``
for the setting, with the comparison words computed in Python from the model. Also: a slider operated by
keyboard redraws the chart; at phone width nothing scrolls sideways; no console errors, no outside requests.
"""

from __future__ import annotations

import random

import pytest

from tests.site_charts import chart_with_params, drawn, sentence, set_params, wait_for_sentence_with
from widgets import model
from widgets.figures import dosing as fig
from widgets.model import spread

PAGE = "book/dosing.html"
AVERAGE = 5e-4 + 1e-9
BAND = 5e-4 * (1 + spread.Z_HIGH) + 1e-9
SETTINGS_PER_CHART = 22
AFTER_PARAMS = {"population", *(f"{n}_{d}" for d in "ab" for n in ("modality", "intensity", "minutes"))}
PROGRAMME_PARAMS = {"population",
                    *(f"{n}_{d}" for d in "ab" for n in ("modality", "intensity", "sessions_per_week"))}


def _by_dose(items: list[dict], mark: str) -> dict[str, list[dict]]:
    out: dict[str, list[dict]] = {name: [] for name in fig.DOSES.values()}
    for item in items:
        if item["type"] == mark and item.get("dose") in out:
            out[item["dose"]].append(item)
    return out


def _check_drawn(items: list[dict], courses: dict[str, fig.Course]) -> None:
    lines, bands = _by_dose(items, "line"), _by_dose(items, "area")
    for dose, name in fig.DOSES.items():
        course = courses[dose]
        low = [e + spread.Z_LOW * s for e, s in zip(course.e, course.s, strict=True)]
        high = [e + spread.Z_HIGH * s for e, s in zip(course.e, course.s, strict=True)]
        assert [d["t"] for d in lines[name]] == pytest.approx(course.t, abs=AVERAGE)
        assert [d["e"] for d in lines[name]] == pytest.approx(course.e, abs=AVERAGE)
        assert [d["low"] for d in bands[name]] == pytest.approx(low, abs=BAND)
        assert [d["high"] for d in bands[name]] == pytest.approx(high, abs=BAND)


def _exact(course: fig.Course, result_e, result_band_high, index) -> None:
    """The stored numbers are the model's, rounded (checked once per setting against the model itself)."""
    assert course.e == pytest.approx(result_e[index], abs=AVERAGE)
    assert [e + spread.Z_HIGH * s for e, s in zip(course.e, course.s, strict=True)] == pytest.approx(
        result_band_high[index], abs=BAND)


def test_after_session_chart_draws_the_model_for_random_settings(chapter):
    page, visit = chapter
    chart = chart_with_params(page, AFTER_PARAMS)
    rng = random.Random(20261126)
    index = [int(round(h * 10)) for h in fig.AFTER_HOURS]  # the model's 0.1-hour grid
    for _ in range(SETTINGS_PER_CHART):
        population = rng.choice(model.POPULATIONS)
        values, courses, bouts = {"population": model.POPULATIONS.index(population)}, {}, {}
        for dose in fig.DOSES:
            modality = rng.choice(fig.MODALITIES)
            intensity, minutes = rng.choice(fig.AFTER_INTENSITIES), rng.choice(fig.AFTER_MINUTES)
            values |= {f"modality_{dose}": fig.MODALITIES.index(modality), f"intensity_{dose}": intensity,
                       f"minutes_{dose}": minutes}
            bout = bouts[dose] = model.Bout(modality, intensity, minutes)
            courses[dose] = fig.after_course(bout, population, fig.AFTER_HOURS)
            result = model.after_effects(bout, population)
            _exact(courses[dose], result.effect, result.band[1], index)
        set_params(page, chart, values)
        _check_drawn(drawn(page, chart), courses)
        codes = fig.sentence_codes(population, courses["a"], courses["b"], programme=False)
        doses = fig.doses_code(population, bouts, courses)
        assert sentence(page, chart) == fig.AFTER_SENTENCE.text((*codes, doses))
    assert not visit.outside_requests and not visit.console_errors


def test_programme_chart_draws_the_model_for_random_settings(chapter):
    page, visit = chapter
    chart = chart_with_params(page, PROGRAMME_PARAMS)
    rng = random.Random(6)
    days = list(fig.PROGRAMME_DAYS)
    for _ in range(SETTINGS_PER_CHART):
        population = rng.choice(model.POPULATIONS)
        values, courses = {"population": model.POPULATIONS.index(population)}, {}
        for dose in fig.DOSES:
            modality = rng.choice(fig.MODALITIES)
            intensity, sessions = rng.choice(fig.PROGRAMME_INTENSITIES), rng.choice(fig.PROGRAMME_SESSIONS)
            values |= {f"modality_{dose}": fig.MODALITIES.index(modality), f"intensity_{dose}": intensity,
                       f"sessions_per_week_{dose}": sessions}
            bout = model.Bout(modality, intensity, fig.PROGRAMME_MINUTES)
            courses[dose] = fig.programme_course(bout, sessions, population, days=days)
            result = model.program(bout, sessions, fig.TRAINING_WEEKS, population, fig.DETRAINING_WEEKS)
            if fig.outcome_name(population) == "relief":
                _exact(courses[dose], result.pain_relief, result.band[1], days)
            else:
                _exact(courses[dose], result.tolerance, result.tolerance_band[1], days)
        set_params(page, chart, values)
        _check_drawn(drawn(page, chart), courses)
        codes = fig.sentence_codes(population, courses["a"], courses["b"], programme=True)
        assert sentence(page, chart) == fig.PROGRAMME_SENTENCE.text(codes)
    assert not visit.outside_requests and not visit.console_errors


def test_intensity_slider_works_by_keyboard(chapter):
    page, _ = chapter
    chart = chart_with_params(page, AFTER_PARAMS)
    population = fig.DEFAULT_POPULATION
    start = {"population": model.POPULATIONS.index(population)}
    for dose, (modality, intensity, minutes) in fig.AFTER_DEFAULTS.items():
        start |= {f"modality_{dose}": fig.MODALITIES.index(modality), f"intensity_{dose}": intensity,
                  f"minutes_{dose}": minutes}
    set_params(page, chart, start)
    before = [d["e"] for d in _by_dose(drawn(page, chart), "line")["Dose B"]]
    slider = page.locator(f"#{chart} .vega-bind input[type=range][name=intensity_b]")
    slider.focus()
    page.keyboard.press("ArrowRight")
    higher = fig.AFTER_DEFAULTS["b"][1] + (fig.AFTER_INTENSITIES[1] - fig.AFTER_INTENSITIES[0])
    page.wait_for_function("([id, v]) => document.getElementById(id).eihView.signal('intensity_b') == v",
                           arg=[chart, higher])
    page.evaluate("async (id) => { await document.getElementById(id).eihView.runAsync(); }", chart)
    after = [d["e"] for d in _by_dose(drawn(page, chart), "line")["Dose B"]]
    modality, _, minutes = fig.AFTER_DEFAULTS["b"]
    expected = fig.after_course(model.Bout(modality, higher, minutes), population, fig.AFTER_HOURS)
    assert after != before and after == pytest.approx(expected.e, abs=AVERAGE)




def test_choosing_minutes_past_exhaustion_says_why_nothing_changes(chapter):
    """Dose B at 90%: 30 and 60 minutes draw the same course, and the sentence says the bout stops at
    exhaustion."""
    page, visit = chapter
    chart = chart_with_params(page, AFTER_PARAMS)
    set_params(page, chart, {"population": model.POPULATIONS.index("chronic_low_back_pain"),
                             "modality_b": 0, "intensity_b": 90, "minutes_b": 30})
    before = [d["e"] for d in drawn(page, chart) if d["type"] == "line"]
    page.locator(f"#{chart} .vega-bind select[name=minutes_b]").select_option(label="60")
    page.wait_for_function("(id) => document.getElementById(id).eihView.signal('minutes_b') == 60", arg=chart)
    text = wait_for_sentence_with(page, chart, "Dose B is longer than people can keep up")
    assert text.endswith("so it stops at exhaustion and more minutes change nothing.")
    assert [d["e"] for d in drawn(page, chart) if d["type"] == "line"] == before
    assert not visit.outside_requests and not visit.console_errors
