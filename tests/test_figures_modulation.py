"""The chapter "Pain inhibits pain", and getting used to pain: figures, sentences and the live panel.

No browser here: the records stored on the page equal the model, the result sentences say what the model
says, the live panel redraws exactly the model's numbers and turns bad input into a plain message, and
every chart is valid Vega-Lite. tests/test_site_modulation.py checks the same charts drawn in Chromium.
"""

from __future__ import annotations

import json
import random
from importlib import resources

import jsonschema
import numpy as np
import pytest

from tests.inert_controls import same_data_groups, unexplained
from widgets import model
from widgets import parameters as par
from widgets.charts import LIVE_WIDTH, repeated_pain_chart
from widgets.controls import modulation as live
from widgets.figures import modulation as fig
from widgets.static import control_key

STORED = 10 ** -fig.DIGITS / 2  # the page stores 3 decimals


@pytest.fixture(scope="module")
def vega_lite_schema() -> jsonschema.Draft7Validator:
    text = resources.files("altair.vegalite.v6.schema").joinpath("vega-lite-schema.json").read_text()
    return jsonschema.Draft7Validator(json.loads(text))


def scaled(row: dict, k: float) -> tuple[float, float, float]:
    """What the chart computes in the browser from a stored row and a group's factor k."""
    low, high = (row["low"], row["high"]) if k >= 0 else (row["high"], row["low"])
    return k * row["effect"], k * low, k * high


# --- (a) CPM ---------------------------------------------------------------------------------------------


def test_cpm_records_are_the_model_at_every_stored_minute():
    records = fig.cpm_records()
    for population in model.POPULATIONS:
        result = model.cpm(population)
        rows = [r for r in records if r["population"] == population]
        assert len(rows) == len(result.minutes[::fig.CPM_STRIDE])
        for row, i in zip(rows, range(0, len(result.minutes), fig.CPM_STRIDE), strict=True):
            assert row["minute"] == pytest.approx(result.minutes[i], abs=STORED)
            assert row["effect"] == pytest.approx(result.effect[i], abs=STORED)
            band = (result.band[0][i], result.band[1][i])
            assert (row["low"], row["high"]) == pytest.approx(band, abs=STORED)
    # The end of conditioning (where the decay starts) is one of the stored minutes.
    assert model.cpm().conditioning_minutes in {r["minute"] for r in records}


def test_cpm_sentence_gives_during_and_after_for_each_population():
    sentence = fig.cpm_sentence()
    healthy = sentence.text(["healthy"])
    assert healthy.startswith("Healthy adult: ") and "d = 0.50;" in healthy and "(healthy" not in healthy
    result = model.cpm("fibromyalgia")
    text = sentence.text(["fibromyalgia"])
    assert f"d = {result.during:.2f} (healthy adults: 0.50)" in text
    assert text.endswith(f"averages only d = {result.after:.2f}.")
    assert set(sentence.parts) == set(model.POPULATIONS)


def test_cpm_chart_offers_every_population_and_validates(vega_lite_schema):
    spec = fig.cpm_figure().chart.to_dict()
    vega_lite_schema.validate(spec)
    bindings = {p["name"]: p for p in spec["params"]}
    assert bindings["population"]["bind"]["options"] == list(par.POPULATIONS)
    assert bindings["population"]["bind"]["labels"] == [par.POPULATION_LABELS[p] for p in par.POPULATIONS]
    assert bindings["compare"]["bind"]["input"] == "checkbox"
    assert len(spec["description"]) > 80 and spec["title"]["text"]


# --- (b) repeated pain -----------------------------------------------------------------------------------


def test_scales_reproduce_the_model_for_every_setting_of_the_static_chart():
    """Stored course x group factor = the model, for all 640 settings the controls can make."""
    records, scales = fig.repeated_pain_records(), fig.scales()
    for n in fig.SESSION_COUNTS:
        for gap in fig.SPACINGS:
            rows = [r for r in records if r["sessions"] == n and r["spacing"] == gap]
            for population in model.POPULATIONS:
                for stimulus in par.STIMULI:
                    result = model.repeated_pain(fig.session_days(n, gap), population, stimulus)
                    k = scales[f"{population}|{stimulus}"]
                    assert [r["day"] for r in rows] == list(result.day)
                    drawn = np.array([scaled(r, k) for r in rows])
                    assert drawn[:, 0] == pytest.approx(result.effect, abs=STORED)
                    assert drawn[:, 1] == pytest.approx(result.band[0], abs=STORED)
                    assert drawn[:, 2] == pytest.approx(result.band[1], abs=STORED)
                    assert [r["day"] for r in rows if r.get("on")] == list(result.session_days)
                    assert [r["day"] for r in rows if r.get("stop")] == [result.session_days[-1]]


def test_fibromyalgia_sensitises_to_cold_and_habituates_less_to_heat():
    scales = fig.scales()
    assert scales["fibromyalgia|cold"] < 0 < scales["fibromyalgia|heat"] < scales["healthy|heat"]  # H9
    assert scales["healthy|cold"] == 1.0


def test_the_follow_up_lasts_two_weeks_after_the_last_session():
    rows = [r for r in fig.repeated_pain_records() if r["sessions"] == 7 and r["spacing"] == 1]
    assert rows[-1]["day"] == 6 + par.GRID["habituation_follow_up_days"]


@pytest.mark.parametrize(("setting", "expected"), [
    ((7, 1, "healthy", "cold"),
     "Healthy adult, seven daily cold pain tests: the day after the last one, the same test hurts less "
     "(d = {peak}); two weeks after stopping, most of that is gone (d = {end}). About 1 in 5 people "
     "become more sensitive instead. Healthy adults got used to both cold and heat tests in the studies, "
     "and no study in this model tells the two apart, so both tests give the same course."),
    ((7, 1, "fibromyalgia", "cold"),
     "Fibromyalgia, seven daily cold pain tests: the day after the last one, the same test hurts more "
     "(d = {peak}); two weeks after stopping, most of that is gone (d = {end}). About 1 in 5 people get "
     "used to it instead."),
    ((1, 3, "knee_osteoarthritis", "heat"),
     "Knee osteoarthritis, one heat pain test: the day after the last one, the same test hurts less "
     "(d = {peak}); two weeks after stopping, most of that is gone (d = {end}). About 1 in 5 people "
     "become more sensitive instead. No study in this model measured getting used to a repeated pain in "
     "people with knee osteoarthritis, so the chart shows healthy adults' course. No study in this model "
     "tells cold and heat tests apart for them, so both tests give the same course."),
    ((4, 7, "athlete", "heat"),
     "Endurance athlete, four heat pain tests 7 days apart: the day after the last one, the same test "
     "hurts less (d = {peak}); two weeks after stopping, most of that is gone (d = {end}). About 1 in 5 "
     "people become more sensitive instead. No study in this model measured getting used to a repeated "
     "pain in endurance athletes, so the chart shows healthy adults' course. No study in this model tells "
     "cold and heat tests apart for them, so both tests give the same course."),
])
def test_repeated_pain_sentence_follows_the_model(setting, expected):
    result = model.repeated_pain(fig.session_days(*setting[:2]), *setting[2:])
    last = int(result.session_days[-1])
    peak, end = result.effect[last + 1], result.effect[-1]
    assert round(1 / result.share_against_trend) == 5  # H5, H15, H16: about one person in five
    text = fig.repeated_pain_sentence().text(setting)
    assert text == expected.format(peak=f"{peak:.2f}".replace("-", "\u2212"),
                                   end=f"{end:.2f}".replace("-", "\u2212"))
    assert fig.repeated_pain_text(*setting) == text


def test_repeated_sentence_covers_every_setting_of_the_controls():
    sentence = fig.repeated_pain_sentence()
    assert sentence.params == ("sessions", "spacing", "population", "stimulus")
    assert len(sentence.parts) == len(fig.SESSION_COUNTS) * len(fig.SPACINGS) * len(model.POPULATIONS) * 2
    assert control_key(list(fig.INITIAL)) in sentence.parts


def test_repeated_chart_controls_come_from_the_models_choices_and_validate(vega_lite_schema):
    spec = fig.repeated_pain_figure().chart.to_dict()
    vega_lite_schema.validate(spec)
    bindings = {p["name"]: p["bind"] for p in spec["params"]}
    assert list(bindings) == ["sessions", "spacing", "population", "stimulus"]
    assert (bindings["sessions"]["min"], bindings["sessions"]["max"]) == (1, max(fig.SESSION_COUNTS))
    assert bindings["spacing"]["options"] == list(fig.SPACINGS)
    assert bindings["population"]["options"] == list(par.POPULATIONS)
    assert bindings["stimulus"]["options"] == list(par.STIMULI)
    assert (max(fig.SESSION_COUNTS) - 1) * max(fig.SPACINGS) <= par.INPUT_RANGES["session_day"].high


def test_page_weight_of_the_stored_numbers_stays_light():
    size = sum(len(f._repr_html_().encode()) for f in (fig.cpm_figure(), fig.repeated_pain_figure()))
    assert size < 300_000, size


# --- live panel -------------------------------------------------------------------------------------------


def _panel_rows(panel) -> list[dict]:
    return panel.current_chart.to_dict()["data"]["values"]


def _assert_rows_are_the_model(rows: list[dict], sessions: int, spacing: int, population: str,
                               stimulus: str) -> None:
    result = model.repeated_pain(fig.session_days(sessions, spacing), population, stimulus)
    assert [r["day"] for r in rows] == list(result.day)
    assert [r["effect"] for r in rows] == pytest.approx(result.effect, abs=STORED)
    assert [r["low"] for r in rows] == pytest.approx(result.band[0], abs=STORED)
    assert [r["high"] for r in rows] == pytest.approx(result.band[1], abs=STORED)
    assert [r["day"] for r in rows if r.get("on")] == list(result.session_days)


def test_live_panel_sliders_take_their_ranges_from_the_session_day_range():
    allowed = par.INPUT_RANGES["session_day"]
    panel = live.repeated_pain_panel()
    assert panel.controls["sessions"].max == allowed.high - allowed.low + 1
    assert panel.controls["spacing"].max == allowed.high - allowed.low
    assert [v for _, v in panel.controls["population"].options] == list(par.POPULATIONS)
    assert [v for _, v in panel.controls["stimulus"].options] == list(par.STIMULI)


def test_live_panel_redraws_exactly_what_the_model_says():
    panel = live.repeated_pain_panel()
    _assert_rows_are_the_model(_panel_rows(panel), *fig.INITIAL)
    rng = random.Random(6)
    for _ in range(5):  # continuous values, not just the static grid
        setting = (rng.randint(1, 30), rng.randint(1, 12), rng.choice(par.POPULATIONS),
                   rng.choice(par.STIMULI))
        for name, value in zip(("sessions", "spacing", "population", "stimulus"), setting, strict=True):
            panel.controls[name].value = value
        _assert_rows_are_the_model(_panel_rows(panel), *setting)
        assert fig.repeated_pain_text(*setting) in panel.sentence.value.replace("&#x27;", "'")
    panel.controls["population"].value = "fibromyalgia"
    panel.controls["stimulus"].value = "cold"
    assert min(r["effect"] for r in _panel_rows(panel)) < 0  # sensitisation (H9)


def test_live_panel_refuses_a_schedule_beyond_the_range_and_keeps_the_last_chart():
    panel = live.repeated_pain_panel()
    before, sentence = _panel_rows(panel), panel.sentence.value
    panel.controls["spacing"].value = par.INPUT_RANGES["session_day"].high  # 7 sessions a year apart
    assert "would end on day" in panel.message.value and "from 0 to 365 days" in panel.message.value
    assert "Traceback" not in panel.message.value
    assert _panel_rows(panel) == before and panel.sentence.value == sentence
    panel.controls["sessions"].value = 1  # one session fits: the message clears and the chart redraws
    assert panel.message.value == "" and _panel_rows(panel) != before


def test_live_draw_passes_the_models_message_for_a_bad_choice():
    with pytest.raises(ValueError, match="population must be one of"):
        live.draw({"sessions": 3, "spacing": 1, "population": "martian", "stimulus": "cold"})
    with pytest.raises(ValueError, match="stimulus must be one of"):
        live.draw({"sessions": 3, "spacing": 1, "population": "healthy", "stimulus": "pressure"})


def test_live_chart_validates(vega_lite_schema):
    chart, _ = live.draw({"sessions": 5, "spacing": 2, "population": "whiplash", "stimulus": "heat"})
    spec = chart.to_dict()
    vega_lite_schema.validate(spec)
    assert spec["width"] == 560 and "params" not in spec  # no duplicate controls inside the live panel
    # The cached template plus the model's rows is exactly the builder's chart for those rows.
    result = model.repeated_pain(fig.session_days(5, 2), "whiplash", "heat")
    assert spec == repeated_pain_chart(fig.repeated_pain_rows(result), width=LIVE_WIDTH).to_dict()


# --- Controls that change nothing say why (tests/inert_controls.py) --------------------------------------

CPM_REASON = r"No study in this model measured|so the curves are the same"
REPEATED_REASON = r"No study in this model measured|in the studies|so both tests give the same course"


def test_no_cpm_population_changes_nothing_without_saying_why():
    rows = fig.cpm_records()
    sentences = fig.cpm_sentence()

    def data(setting: tuple) -> list:
        chosen = (r for r in rows if r["population"] == setting[0])
        return [(r["minute"], r["effect"], r["low"], r["high"]) for r in chosen]

    groups = same_data_groups([(p,) for p in model.POPULATIONS], 0, data)
    # Four chronic-pain groups use the pooled chronic-pain value (F1); older adults' own value (F6) is equal.
    assert any(len(g) == 5 for g in groups)
    assert not unexplained(groups, lambda s: sentences.text(list(s)), CPM_REASON)
    assert sentences.text(["knee_osteoarthritis"]).endswith(
        "No study in this model measured conditioned pain modulation in people with knee osteoarthritis "
        "alone, so the chart uses the pooled value for people with chronic pain of any kind.")
    assert "so the curves are the same" in sentences.text(["older_adult"])
    assert "No study" not in sentences.text(["fibromyalgia"]) + sentences.text(["athlete"])


@pytest.mark.parametrize("control", ["sessions", "spacing", "population", "stimulus"])
def test_no_repeated_pain_control_changes_nothing_without_saying_why(control):
    factors = fig.scales()
    sentences = fig.repeated_pain_sentence()
    grid = [(n, gap, p, s) for n in fig.SESSION_COUNTS for gap in fig.SPACINGS for p in model.POPULATIONS
            for s in par.STIMULI]

    def data(setting: tuple) -> tuple:
        # The chart draws the schedule's stored course times the group's factor (see the test above).
        n, gap, population, stimulus = setting
        return n, gap, factors[f"{population}|{stimulus}"]

    groups = same_data_groups(grid, fig.REPEATED_PARAMS.index(control), data)
    if control in ("population", "stimulus"):
        assert groups  # only fibromyalgia has rows of its own, one per test (H9)
    assert not unexplained(groups, sentences.text, REPEATED_REASON)


def test_repeated_pain_notes_come_from_the_parameter_table():
    assert fig.repeated_evidence_note("fibromyalgia") == ""  # its own cold and heat rows (H9)
    assert "much as healthy adults did" in fig.repeated_evidence_note("chronic_low_back_pain")  # H3
    assert fig.repeated_evidence_note("whiplash").startswith(
        " No study in this model measured getting used to a repeated pain in people with chronic whiplash")
    assert fig.repeated_pain_text(3, 2, "me_cfs", "cold").endswith(fig.repeated_evidence_note("me_cfs"))
