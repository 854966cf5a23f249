"""The immune chapter's figures (widgets/figures/immune.py) and live panel, without a browser.

The stored curves must be the model's output for the setting that selects them (to the rounding the page
stores: 0.01 for fold changes, 0.001 for hours and CRP SMDs), the result sentences must say what the model
says, the live panel must redraw from the model and keep its last chart on bad input, and both charts must
be valid Vega-Lite.
"""

from __future__ import annotations

import json
import random
from importlib import resources

import altair as alt
import jsonschema
import numpy as np
import pytest

from widgets import model
from widgets import parameters as par
from widgets.controls import immune as controls
from widgets.figures import immune as fig
from widgets.static import control_key

FOLD_TOLERANCE = 0.005 + 1e-9  # fold changes stored to 2 decimals
HOURS_TOLERANCE = 0.0005 + 1e-9
CRP_TOLERANCE = 0.0005 + 1e-9  # SMDs stored to 3 decimals


@pytest.fixture(scope="module")
def cytokines() -> fig.CurveTable:
    return fig.cytokine_table()


@pytest.fixture(scope="module")
def tone() -> fig.CurveTable:
    return fig.tone_table()


@pytest.fixture(scope="module")
def schema() -> jsonschema.Draft7Validator:
    text = resources.files("altair.vegalite.v6.schema").joinpath("vega-lite-schema.json").read_text()
    return jsonschema.Draft7Validator(json.loads(text))


def cytokine_curve_for(table: fig.CurveTable, population: str, modality: str, intensity: int,
                       minutes: int) -> dict:
    """The stored curve the static chart's lookup selects for a setting (the same arithmetic as Vega's)."""
    intensities = list(fig._intensities())
    index = table.group_of[fig.POPULATIONS.index(population)]
    for size, position in ((len(fig.MODALITIES), fig.MODALITIES.index(modality)),
                           (len(intensities), intensities.index(intensity)),
                           (len(fig.DURATIONS), fig.DURATIONS.index(minutes))):
        index = index * size + position
    return table.curves[table.lookup[index]]


def tone_curve_for(table: fig.CurveTable, population: str, modality: str, sessions: int) -> dict:
    sessions_grid = list(fig._sessions())
    index = table.group_of[fig.POPULATIONS.index(population)]
    index = index * len(fig.MODALITIES) + fig.MODALITIES.index(modality)
    index = index * len(sessions_grid) + sessions_grid.index(sessions)
    return table.curves[table.lookup[index]]


def assert_matches_cytokines(curve: dict, response: model.CytokineResponse) -> None:
    assert curve["e"] == pytest.approx(response.end_hours, abs=HOURS_TOLERANCE)
    for position, hour in enumerate(curve["t"]):
        index = int(np.argmin(np.abs(response.hours - hour)))
        assert response.hours[index] == pytest.approx(hour, abs=HOURS_TOLERANCE)
        for name, field in fig.CYTOKINES.items():
            assert curve[name][position] == pytest.approx(getattr(response, field)[index], abs=FOLD_TOLERANCE)


SAMPLES = random.Random(20261126)


@pytest.mark.parametrize("setting", [
    (SAMPLES.choice(model.POPULATIONS), SAMPLES.choice(model.MODALITIES), SAMPLES.choice(range(10, 101, 10)),
     SAMPLES.choice(fig.DURATIONS)) for _ in range(25)
] + [("athlete", "aerobic", 70, 240), ("healthy", "aerobic", 100, 1), ("fibromyalgia", "isometric", 30, 5)])
def test_cytokine_records_equal_the_model(cytokines, setting):
    population, modality, intensity, minutes = setting
    curve = cytokine_curve_for(cytokines, population, modality, intensity, minutes)
    response = model.cytokines(model.Bout(modality, intensity, minutes), population)
    assert_matches_cytokines(curve, response)
    # Each messenger's peak is among the stored points, so the drawn peak is the model's.
    for name, field in fig.CYTOKINES.items():
        assert max(curve[name]) == pytest.approx(getattr(response, field).max(), abs=FOLD_TOLERANCE)


def test_cytokine_grid_covers_every_setting_and_groups_identical_populations(cytokines):
    assert len(cytokines.lookup) == (max(cytokines.group_of) + 1) * 3 * 10 * len(fig.DURATIONS)
    assert sorted(p for g in cytokines.groups for p in g) == sorted(model.POPULATIONS)
    assert ["athlete"] in cytokines.groups  # athletes mount a smaller response and last longer (G9, G1)
    assert fig.DURATIONS[0] >= par.INPUT_RANGES["minutes"].low
    assert fig.DURATIONS[-1] <= par.INPUT_RANGES["minutes"].high


@pytest.mark.parametrize("setting", [
    (SAMPLES.choice(model.POPULATIONS), SAMPLES.choice(model.MODALITIES), SAMPLES.choice(range(1, 15)))
    for _ in range(20)
])
def test_tone_records_equal_the_model_for_every_programme_length(tone, setting):
    population, modality, sessions = setting
    curve = tone_curve_for(tone, population, modality, sessions)
    for weeks in fig.WEEKS:
        result = model.training_inflammation(fig.typical_bout(modality), sessions, weeks, population)
        for week in range(weeks + 1):
            assert curve["c"][week] == pytest.approx(result.at(week), abs=CRP_TOLERANCE)
            low, high = result.band_at(week)
            assert curve["l"][week] == pytest.approx(low, abs=CRP_TOLERANCE)
            assert curve["h"][week] == pytest.approx(high, abs=CRP_TOLERANCE)


def test_cytokine_sentence_pieces_follow_the_model(cytokines):
    figure = fig.cytokine_figure()
    healthy = cytokines.group_of[0]
    text = figure.sentence.text((healthy, 0, 70, 60))
    response = model.cytokines(model.Bout("aerobic", 70, 60), "healthy")
    assert text.startswith("60 min of aerobic exercise at 70% of maximum: IL-6 peaks at ")
    assert f"{response.il6.max():.1f}-fold at the end of the bout" in text
    assert f"IL-1ra reaches {fig._fold(response.il1ra.max())}-fold" in text
    sprint = figure.sentence.text((healthy, 0, 100, 1))
    assert "IL-6 barely moves" in sprint
    capped = figure.sentence.text((healthy, 0, 90, 120))
    minutes = model.cytokines(model.Bout("aerobic", 90, 120)).end_hours * 60
    assert f"stops at exhaustion after {minutes:.0f} min" in capped
    # The static sentence and the live panel's sentence are the same text.
    assert text == fig.cytokine_sentence_text("healthy", "aerobic", 70, 60)
    assert set(figure.sentence.parts) == {control_key([g, *s]) for g in range(len(cytokines.groups))
                                          for s in fig.cytokine_settings()}


def test_tone_sentence_pieces_follow_the_model(tone):
    figure = fig.inflammatory_tone_figure()
    group = tone.group_of[model.POPULATIONS.index("fibromyalgia")]
    text = figure.sentence.text((group, 0, 3, 12))
    result = model.training_inflammation(fig.typical_bout("aerobic"), 3, 12, "fibromyalgia")
    assert f"resting CRP about {-result.at(12):.2f} SD lower" in text
    assert "from no change to " in text
    assert f"{result.resting_difference:.2f} SD above healthy adults'" in text
    healthy = figure.sentence.text((tone.group_of[0], 0, 3, 12))
    assert "SD above healthy" not in healthy
    assert text == fig.tone_sentence_text("fibromyalgia", "aerobic", 3, 12)


def test_charts_validate_against_the_vega_lite_schema(schema):
    for figure in (fig.cytokine_figure(), fig.inflammatory_tone_figure()):
        spec = figure.chart.to_dict()
        schema.validate(spec)
        assert len(spec["description"]) > 80
        names = {p["name"] for p in spec["params"]}
        assert "population" in names and "modality" in names
    live_chart, _ = controls.draw(controls.cytokine_controls() and fig.CYTOKINE_DEFAULT)
    schema.validate(live_chart.to_dict())


def test_static_controls_read_their_ranges_from_the_parameters():
    spec = fig.cytokine_figure().chart.to_dict()
    bind = {p["name"]: p.get("bind") for p in spec["params"]}
    allowed = par.INPUT_RANGES["intensity"]
    assert (bind["intensity"]["min"], bind["intensity"]["max"]) == (allowed.low, allowed.high)
    assert bind["population"]["labels"] == [par.POPULATION_LABELS[p] for p in model.POPULATIONS]
    spec = fig.inflammatory_tone_figure().chart.to_dict()
    bind = {p["name"]: p.get("bind") for p in spec["params"]}
    allowed = par.INPUT_RANGES["sessions_per_week"]
    assert (bind["sessions_per_week"]["min"], bind["sessions_per_week"]["max"]) == (allowed.low, allowed.high)
    weeks = par.INPUT_RANGES["weeks"]
    assert all(weeks.low <= w <= weeks.high for w in bind["weeks"]["options"])


def test_page_data_stays_light():
    """Both charts with their sentences stay well under the page budget (400 kB for the chapter)."""
    size = sum(len(f._repr_html_().encode()) for f in (fig.cytokine_figure(), fig.inflammatory_tone_figure()))
    assert size < 300_000, size


# --- The live panel ---------------------------------------------------------------------------------------


def live_data(panel) -> list[dict]:
    return panel.current_chart.to_dict()["data"]["values"]


@pytest.fixture()
def panel(monkeypatch):
    monkeypatch.setattr(alt.JupyterChart, "enable_offline", classmethod(lambda cls, *a, **k: None))
    return controls.cytokine_panel()


def test_panel_controls_come_from_the_input_ranges(panel):
    for name in ("intensity", "minutes"):
        allowed = par.INPUT_RANGES[name]
        assert (panel.controls[name].min, panel.controls[name].max) == (allowed.low, allowed.high)
    assert [v for _, v in panel.controls["population"].options] == list(model.POPULATIONS)


def test_panel_redraws_exactly_as_the_model_says(panel):
    panel.controls["population"].value = "athlete"
    panel.controls["intensity"].value = 73
    panel.controls["minutes"].value = 137
    (curve,) = live_data(panel)
    response = model.cytokines(model.Bout("aerobic", 73, 137), "athlete")
    assert len(curve["t"]) >= response.hours.size // controls.LIVE_EVERY  # finer than the static page
    assert_matches_cytokines(curve, response)
    assert "137 min of aerobic exercise at 73% of maximum" in panel.sentence.value
    panel.controls["modality"].value = "dynamic_resistance"
    (curve,) = live_data(panel)
    assert_matches_cytokines(curve, model.cytokines(model.Bout("dynamic_resistance", 73, 137), "athlete"))


def test_panel_shows_a_plain_message_and_keeps_the_last_chart_on_bad_input(panel):
    before = live_data(panel)
    panel.controls["minutes"].max = 1000  # a value outside the model's range, set directly
    panel.controls["minutes"].value = 500
    assert "minutes must be a number from 1 to 360" in panel.message.value
    assert "Traceback" not in panel.message.value
    assert live_data(panel) == before
    panel.controls["minutes"].value = 30
    assert panel.message.value == ""
    assert live_data(panel) != before
