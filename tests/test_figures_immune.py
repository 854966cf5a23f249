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

from tests.inert_controls import same_data_groups, unexplained
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
    # The last value is the population itself, read by the note on whose evidence the chart shows.
    text = figure.sentence.text((healthy, 0, 70, 60, 0))
    response = model.cytokines(model.Bout("aerobic", 70, 60), "healthy")
    assert text.startswith("60 min of aerobic exercise at 70% of maximum: IL-6 peaks at ")
    assert f"{response.il6.max():.1f}-fold at the end of the bout" in text
    assert f"IL-1ra reaches {fig._fold(response.il1ra.max())}-fold" in text
    sprint = figure.sentence.text((healthy, 0, 100, 1, 0))
    assert "IL-6 barely moves" in sprint
    capped = figure.sentence.text((healthy, 0, 90, 120, 0))
    minutes = model.cytokines(model.Bout("aerobic", 90, 120)).end_hours * 60
    assert f"stops at exhaustion after {minutes:.0f} min" in capped
    # The static sentence and the live panel's sentence are the same text.
    assert text == fig.cytokine_sentence_text("healthy", "aerobic", 70, 60)
    assert set(figure.sentence.parts) == {control_key([g, *s]) for g in range(len(cytokines.groups))
                                          for s in fig.cytokine_settings()}


def test_tone_sentence_pieces_follow_the_model(tone):
    figure = fig.inflammatory_tone_figure()
    fibromyalgia = model.POPULATIONS.index("fibromyalgia")
    text = figure.sentence.text((tone.group_of[fibromyalgia], 0, 3, 12, fibromyalgia))
    result = model.training_inflammation(fig.typical_bout("aerobic"), 3, 12, "fibromyalgia")
    assert f"resting CRP about {-result.at(12):.2f} SD lower" in text
    assert "from no change to " in text
    assert f"{result.resting_difference:.2f} SD above healthy adults'" in text
    healthy = figure.sentence.text((tone.group_of[0], 0, 3, 12, 0))
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


# A control that changes nothing must say why (tests/inert_controls.py): no study measured the group, the
# bout stops at exhaustion, the response is too small to show, or the evidence found no difference.
CYTOKINE_REASON = r"No study in this model measured|barely moves|stops at exhaustion"
TONE_REASON = r"so the model gives every group this change|sessions of the same length give the same change"
CYTOKINE_CONTROLS = ("population", "modality", "intensity", "minutes")


@pytest.fixture(scope="module")
def static_figures() -> tuple[fig.StaticChart, fig.StaticChart]:
    """Both static charts, built once for the tests below (each build runs the model over its grid)."""
    return fig.cytokine_figure(), fig.inflammatory_tone_figure()


@pytest.mark.parametrize("control", ["population", "modality", "intensity", "minutes"])
def test_no_cytokine_control_changes_nothing_without_saying_why(cytokines, static_figures, control):
    figure = static_figures[0]
    grid = [(p, *setting) for p in range(len(fig.POPULATIONS)) for setting in fig.cytokine_settings()]

    def data(setting: tuple) -> dict:
        p, m, intensity, minutes = setting
        return cytokine_curve_for(cytokines, fig.POPULATIONS[p], fig.MODALITIES[m], intensity, minutes)

    def sentence(setting: tuple) -> str:
        p, m, intensity, minutes = setting
        return figure.sentence.text((cytokines.group_of[p], m, intensity, minutes, p))

    groups = same_data_groups(grid, CYTOKINE_CONTROLS.index(control), data)
    if control == "population":
        assert groups, "six groups have no cytokine study of their own: their curves are healthy adults'"
    assert not unexplained(groups, sentence, CYTOKINE_REASON)


def test_cytokine_note_names_the_group_and_whose_response_the_chart_shows(cytokines, static_figures):
    figure = static_figures[0]
    fibromyalgia = fig.POPULATIONS.index("fibromyalgia")
    text = figure.sentence.text((cytokines.group_of[fibromyalgia], 0, 70, 60, fibromyalgia))
    note = ("No study in this model measured the cytokine response to exercise in people with fibromyalgia, "
            "so the chart shows healthy adults' response.")
    assert text.endswith(note)
    assert fig.cytokine_sentence_text("fibromyalgia", "aerobic", 70, 60) == text  # live panel: same words
    # Athletes have their own row (G9): no note.
    assert "No study" not in fig.cytokine_sentence_text("athlete", "aerobic", 70, 60)


def test_cytokine_note_follows_the_parameter_table(monkeypatch):
    """The note is read from which parameter the model uses, not a list: give fibromyalgia its own value
    and the note goes."""
    athlete = par.get("il6.response.athlete")
    own = par.Parameter("il6.response.fibromyalgia", 0.9, athlete.unit, 0.5, 1.0, ("G17",), ("uceyler2011",))
    monkeypatch.setitem(par._BY_NAME, own.name, own)
    assert par.evidence_source("il6.response", "fibromyalgia") == "fibromyalgia"
    assert fig.cytokine_evidence_note("fibromyalgia") == ""
    assert fig.cytokine_evidence_note("me_cfs").startswith(" No study in this model measured")


@pytest.mark.parametrize("control", ["population", "modality", "sessions_per_week", "weeks"])
def test_no_tone_control_changes_nothing_without_saying_why(tone, static_figures, control):
    figure = static_figures[1]
    grid = [(p, m, s, w) for p in range(len(fig.POPULATIONS)) for m in range(len(fig.MODALITIES))
            for s in fig._sessions() for w in fig.WEEKS]

    def data(setting: tuple) -> dict:
        p, m, sessions, weeks = setting
        curve = tone_curve_for(tone, fig.POPULATIONS[p], fig.MODALITIES[m], sessions)
        return {key: curve[key][:weeks + 1] for key in ("w", "c", "l", "h")}

    def sentence(setting: tuple) -> str:
        p, m, sessions, weeks = setting
        return figure.sentence.text((tone.group_of[p], m, sessions, weeks, p))

    controls = ("population", "modality", "sessions_per_week", "weeks")
    groups = same_data_groups(grid, controls.index(control), data)
    if control in ("population", "modality"):
        assert groups  # CRP falls alike in every group (G14) and for aerobic and resistance sessions (G9)
    assert not unexplained(groups, sentence, TONE_REASON)
    assert fig.tone_sentence_text("me_cfs", "aerobic", 3, 12) == sentence((6, 0, 3, 12))
