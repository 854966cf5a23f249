"""The chapter "Descending pain inhibition" on the static site (Chromium, offline).

Parity: for seeded random settings of each chart's controls (set through the chart's Vega parameters, as a
reader's control would), the marks Vega draws carry the Python model's numbers. The page stores the model's
mean and spread rounded to 3 decimals (and the bout's length, from which the browser rebuilds the time
points, likewise), so a drawn mean matches the model within 0.0005 plus float slack (tolerance 6e-4), and a
band edge, mean + z x spread with |z| = 1.28, within 0.0005 x 2.28 plus slack (tolerance 1.2e-3). The result
sentence equals ``ResultSentence.text`` for the setting. Also: controls operated by keyboard redraw their
charts; at phone width nothing scrolls sideways; no console errors and no outside requests.
"""

from __future__ import annotations

import random

import pytest

from tests.site_charts import (
    chart_with_params,
    charts_on,
    drawn,
    sentence,
    set_params,
    wait_for_sentence_with,
)
from widgets import model
from widgets.figures import descending as fig

PAGE = "book/descending.html"
TOLERANCE = 6e-4  # 3 stored decimals (0.0005) plus float slack
BAND_TOLERANCE = 1.2e-3  # mean and spread each rounded: 0.0005 x (1 + 1.28) plus slack
SETTINGS_PER_CHART = 24
EXPLORER_PARAMS = {"population", "modality", "intensity", "minutes"}


def _finish(page, chart: str) -> None:
    page.evaluate("async (id) => { await document.getElementById(id).eihView.runAsync(); }", chart)


def _test_and_site_id(page) -> str:
    charts = [c for c in charts_on(page) if set(c["params"]) == {"population", "modality"}]
    assert len(charts) == 1, charts_on(page)
    return charts[0]["id"]


def test_acute_explorer_draws_the_model_for_random_settings(chapter):
    page, visit = chapter
    chart = chart_with_params(page, EXPLORER_PARAMS)
    rng = random.Random(20261126)
    sentences = fig.explorer_sentence()
    for _ in range(SETTINGS_PER_CHART):
        p, m = rng.randrange(len(model.POPULATIONS)), rng.randrange(len(model.MODALITIES))
        intensity, minutes = rng.choice(fig.intensities()), rng.choice(fig.DURATIONS)
        set_params(page, chart, {"population": p, "modality": m, "intensity": intensity, "minutes": minutes})
        items = drawn(page, chart)
        line = [d for d in items if d["type"] == "line"]
        band = [d for d in items if d["type"] == "area"]
        response = model.acute(model.Bout(model.MODALITIES[m], intensity, minutes), model.POPULATIONS[p])
        times = fig.time_points(response.duration_minutes)
        assert [d["t"] for d in line] == pytest.approx(times, abs=TOLERANCE)
        assert [d["e"] for d in line] == pytest.approx([response.at(t) for t in times], abs=TOLERANCE)
        bands = [response.band_at(t) for t in times]
        assert [d["low"] for d in band] == pytest.approx([b[0] for b in bands], abs=BAND_TOLERANCE)
        assert [d["high"] for d in band] == pytest.approx([b[1] for b in bands], abs=BAND_TOLERANCE)
        assert sentence(page, chart) == sentences.text([p, m, intensity, minutes])
    assert not visit.outside_requests and not visit.console_errors


def test_test_and_site_chart_draws_the_model_for_random_settings(chapter):
    page, visit = chapter
    chart = _test_and_site_id(page)
    rng = random.Random(7)
    sentences = fig.test_and_site_sentence()
    measures = {fig.par.MEASURE_LABELS[q]: q for q in model.MEASURES}
    sites = {fig.par.SITE_LABELS[s]: s for s in model.SITES}
    for _ in range(SETTINGS_PER_CHART):
        p, m = rng.randrange(len(model.POPULATIONS)), rng.randrange(len(model.MODALITIES))
        set_params(page, chart, {"population": p, "modality": m})
        items = drawn(page, chart)
        points = [d for d in items if d["type"] == "symbol"]
        bands = [d for d in items if d["type"] == "rule" and "low" in d]
        assert len(points) == len(bands) == len(model.MEASURES) * len(model.SITES)
        bout = fig.typical_bout(model.MODALITIES[m])
        for point, band in zip(points, bands, strict=True):
            response = model.acute(bout, model.POPULATIONS[p], measures[point["test"]], sites[point["where"]])
            low, high = response.band_at(0)
            assert point["e"] == pytest.approx(response.at(0), abs=TOLERANCE)
            assert (band["test"], band["where"]) == (point["test"], point["where"])
            assert (band["low"], band["high"]) == pytest.approx((low, high), abs=BAND_TOLERANCE)
        assert sentence(page, chart) == sentences.text([p, m])
    assert not visit.outside_requests and not visit.console_errors


def test_resting_chart_draws_the_model_for_random_settings(chapter):
    page, visit = chapter
    chart = chart_with_params(page, {"population"})
    rng = random.Random(11)
    sentences = fig.resting_sentence()
    fields = {label: name for name, label in fig.RESTING_FIELDS.items()}
    for _ in range(SETTINGS_PER_CHART):
        p = rng.randrange(len(model.POPULATIONS))
        set_params(page, chart, {"population": p})
        points = [d for d in drawn(page, chart) if d["type"] == "symbol"]
        assert len(points) == len(model.POPULATIONS) * len(fields)
        for point in points:
            expected = model.resting(model.POPULATIONS[point["population"]])
            assert point["e"] == pytest.approx(getattr(expected, fields[point["what"]]), abs=TOLERANCE)
        chosen = {d["population"] for d in points if d["group"] == "Chosen group"}
        assert chosen == {p}
        assert sentence(page, chart) == sentences.text([p])
    assert not visit.outside_requests and not visit.console_errors


def test_intensity_slider_works_by_keyboard(chapter):
    page, _ = chapter
    chart = chart_with_params(page, EXPLORER_PARAMS)
    start = {"population": 0, "modality": 0, "intensity": 70, "minutes": 30}
    set_params(page, chart, start)
    before = [d["e"] for d in drawn(page, chart) if d["type"] == "line"]
    before_sentence = sentence(page, chart)
    slider = page.locator(f"#{chart} .vega-bind input[type=range][name=intensity]")
    slider.focus()
    page.keyboard.press("ArrowRight")
    page.wait_for_function(
        "([id, v]) => document.getElementById(id).eihView.signal('intensity') == v",
        arg=[chart, 70 + fig.INTENSITY_STEP],
    )
    _finish(page, chart)
    after = [d["e"] for d in drawn(page, chart) if d["type"] == "line"]
    response = model.acute(model.Bout("aerobic", 70 + fig.INTENSITY_STEP, 30), "healthy")
    times = fig.time_points(response.duration_minutes)
    assert after != before
    assert after == pytest.approx([response.at(t) for t in times], abs=TOLERANCE)
    assert sentence(page, chart) != before_sentence
    assert sentence(page, chart) == fig.explorer_sentence().text([0, 0, 70 + fig.INTENSITY_STEP, 30])


def test_group_select_works_by_keyboard(chapter):
    page, _ = chapter
    chart = chart_with_params(page, {"population"})
    set_params(page, chart, {"population": 0})
    select = page.locator(f"#{chart} .vega-bind select[name=population]")
    select.focus()
    page.keyboard.press("ArrowDown")
    page.wait_for_function("(id) => document.getElementById(id).eihView.signal('population') == 1", arg=chart)
    _finish(page, chart)
    chosen = [d for d in drawn(page, chart) if d["type"] == "symbol" and d["group"] == "Chosen group"]
    assert {d["population"] for d in chosen} == {1}
    assert sentence(page, chart) == fig.resting_sentence().text([1])


def test_page_weight_stays_under_the_chapter_budget(built_site):
    # The chapter brief: the page's own HTML, with all three charts' data, under 400 kB.
    assert (built_site / PAGE).stat().st_size < 400_000


def test_choosing_athletes_says_the_studies_found_them_alike(chapter):
    page, visit = chapter
    chart = chart_with_params(page, EXPLORER_PARAMS)
    set_params(page, chart, {"population": 0, "modality": 0, "intensity": 70, "minutes": 30})
    page.locator(f"#{chart} .vega-bind select[name=population]").select_option(label="Endurance athlete")
    text = wait_for_sentence_with(page, chart, "Endurance athletes")
    assert "Pain thresholds rose alike in active and inactive people after exercise in the studies" in text
    assert text == fig.explorer_sentence().text([model.POPULATIONS.index("athlete"), 0, 70, 30])
    assert not visit.outside_requests and not visit.console_errors
