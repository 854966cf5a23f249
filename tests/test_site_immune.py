"""The chapter "Immune effects" on the static site (Chromium, offline).

Parity: for seeded random settings of each chart's controls (set through the chart's Vega parameters, as a
reader's control would), the marks Vega draws carry the Python model's numbers. The page stores fold changes
to 2 decimals and hours and CRP SMDs to 3 decimals, so drawn numbers match the model within half of that
plus float slack: 0.0051 for fold changes, 0.00051 for hours and SMDs. The result sentence equals
``ResultSentence.text`` for the setting. Also: a slider operated by keyboard redraws the chart; at phone
width nothing scrolls sideways; no console errors and no outside requests.
"""

from __future__ import annotations

import random

import numpy as np
import pytest

from tests.site_charts import chart_with_params, drawn, sentence, set_params, wait_for_sentence_with
from widgets import model
from widgets.figures import immune as fig

PAGE = "book/immune.html"
FOLD_TOLERANCE = 0.0051  # 2 stored decimals (0.005) plus float slack
FINE_TOLERANCE = 0.00051  # 3 stored decimals (0.0005) plus float slack
SETTINGS_PER_CHART = 22
CYTOKINE_PARAMS = {"population", "modality", "intensity", "minutes"}
TONE_PARAMS = {"population", "modality", "sessions_per_week", "weeks"}


@pytest.fixture(scope="module")
def figures():
    return fig.cytokine_figure(), fig.inflammatory_tone_figure()


def _group(page, chart: str) -> int:
    return page.evaluate("(id) => document.getElementById(id).eihView.signal('population_group')", chart)


def test_cytokine_chart_draws_the_model_for_random_settings(chapter, figures):
    page, visit = chapter
    chart = chart_with_params(page, CYTOKINE_PARAMS)
    rng = random.Random(20261126)
    intensities = list(fig._intensities())
    settings = [(rng.randrange(len(model.POPULATIONS)), rng.randrange(3), rng.choice(intensities),
                 rng.choice(fig.DURATIONS)) for _ in range(SETTINGS_PER_CHART)]
    settings += [(0, 0, 100, 1), (2, 0, 70, 240)]  # the sprint and a long run by an athlete
    for population, modality, intensity, minutes in settings:
        set_params(page, chart, {"population": population, "modality": modality, "intensity": intensity,
                                 "minutes": minutes})
        items = drawn(page, chart)
        response = model.cytokines(model.Bout(model.MODALITIES[modality], intensity, minutes),
                                   model.POPULATIONS[population])
        points = [d for d in items if d["type"] == "line"]
        assert {d["cytokine"] for d in points} == set(fig.CYTOKINES)
        for d in points:
            index = int(np.argmin(np.abs(response.hours - d["t"])))
            assert response.hours[index] == pytest.approx(d["t"], abs=FINE_TOLERANCE)
            expected = getattr(response, fig.CYTOKINES[d["cytokine"]])[index]
            assert d["fold"] == pytest.approx(expected, abs=FOLD_TOLERANCE), (d, population, modality)
        for name, field in fig.CYTOKINES.items():
            peak = max(d["fold"] for d in points if d["cytokine"] == name)
            assert peak == pytest.approx(getattr(response, field).max(), abs=FOLD_TOLERANCE)
        (end,) = [d for d in items if d["type"] == "rule"]
        assert end["e"] == pytest.approx(response.end_hours, abs=FINE_TOLERANCE)
        group = _group(page, chart)
        assert sentence(page, chart) == figures[0].sentence.text((group, modality, intensity, minutes,
                                                                    population))
        assert sentence(page, chart) == fig.cytokine_sentence_text(
            model.POPULATIONS[population], model.MODALITIES[modality], intensity, minutes)
    assert not visit.outside_requests and not visit.console_errors


def test_inflammatory_tone_chart_draws_the_model_for_random_settings(chapter, figures):
    page, visit = chapter
    chart = chart_with_params(page, TONE_PARAMS)
    rng = random.Random(6)
    for _ in range(SETTINGS_PER_CHART):
        population, modality = rng.randrange(len(model.POPULATIONS)), rng.randrange(3)
        sessions, weeks = rng.choice(list(fig._sessions())), rng.choice(fig.WEEKS)
        set_params(page, chart, {"population": population, "modality": modality,
                                 "sessions_per_week": sessions, "weeks": weeks})
        items = drawn(page, chart)
        result = model.training_inflammation(fig.typical_bout(model.MODALITIES[modality]), sessions, weeks,
                                             model.POPULATIONS[population])
        line = [d for d in items if d["type"] == "line"]
        band = [d for d in items if d["type"] == "area"]
        assert [d["w"] for d in line] == list(range(weeks + 1))
        assert [d["c"] for d in line] == pytest.approx([result.at(w) for w in range(weeks + 1)],
                                                       abs=FINE_TOLERANCE)
        assert [d["l"] for d in band] == pytest.approx([result.band_at(w)[0] for w in range(weeks + 1)],
                                                       abs=FINE_TOLERANCE)
        assert [d["h"] for d in band] == pytest.approx([result.band_at(w)[1] for w in range(weeks + 1)],
                                                       abs=FINE_TOLERANCE)
        group = _group(page, chart)
        assert sentence(page, chart) == figures[1].sentence.text((group, modality, sessions, weeks,
                                                                    population))
        assert sentence(page, chart) == fig.tone_sentence_text(
            model.POPULATIONS[population], model.MODALITIES[modality], sessions, weeks)
    assert not visit.outside_requests and not visit.console_errors


def test_intensity_slider_works_by_keyboard(chapter, figures):
    page, _ = chapter
    chart = chart_with_params(page, CYTOKINE_PARAMS)
    start = {"population": 0, "modality": 0, "intensity": 60, "minutes": 60}
    set_params(page, chart, start)
    before = [d["fold"] for d in drawn(page, chart) if d["type"] == "line"]
    before_sentence = sentence(page, chart)
    slider = page.locator(f"#{chart} .vega-bind input[type=range][name=intensity]")
    slider.focus()
    page.keyboard.press("ArrowRight")
    page.wait_for_function("(id) => document.getElementById(id).eihView.signal('intensity') == 70", arg=chart)
    page.evaluate("async (id) => { await document.getElementById(id).eihView.runAsync(); }", chart)
    after = [d["fold"] for d in drawn(page, chart) if d["type"] == "line"]
    assert after != before
    assert sentence(page, chart) != before_sentence
    assert sentence(page, chart) == figures[0].sentence.text((_group(page, chart), 0, 70, 60, 0))




def test_choosing_a_group_no_study_measured_says_so(chapter):
    """The reader picks Fibromyalgia in the population list: the curves stay healthy adults' and the
    sentence says why (no study in the model measured that group's cytokine response)."""
    page, visit = chapter
    chart = chart_with_params(page, CYTOKINE_PARAMS)
    set_params(page, chart, {"population": 0, "modality": 0, "intensity": 70, "minutes": 60})
    healthy = [d["fold"] for d in drawn(page, chart) if d["type"] == "line"]
    page.locator(f"#{chart} .vega-bind select[name=population]").select_option(label="Fibromyalgia")
    text = wait_for_sentence_with(page, chart, "people with fibromyalgia")
    assert text.endswith("No study in this model measured the cytokine response to exercise in people with "
                         "fibromyalgia, so the chart shows healthy adults' response.")
    assert [d["fold"] for d in drawn(page, chart) if d["type"] == "line"] == healthy
    assert text == fig.cytokine_sentence_text("fibromyalgia", "aerobic", 70, 60)
    assert not visit.outside_requests and not visit.console_errors
