"""The descending-inhibition chapter's figures: records equal the model, sentences say what the model says,
the live panel redraws from the model and survives bad input, and every chart is valid Vega-Lite."""

from __future__ import annotations

import json
import random
from importlib import resources

import jsonschema
import pytest

from tests.inert_controls import same_data_groups, unexplained
from widgets import model
from widgets import parameters as par
from widgets.controls.descending import acute_explorer_panel, live_record
from widgets.figures import descending as fig
from widgets.model import spread

ROUNDING = 10 ** -fig.DECIMALS / 2 + 1e-12  # the page stores 3 decimals


@pytest.fixture(scope="module")
def vega_lite_schema() -> jsonschema.Draft7Validator:
    text = resources.files("altair.vegalite.v6.schema").joinpath("vega-lite-schema.json").read_text()
    return jsonschema.Draft7Validator(json.loads(text))


@pytest.fixture(scope="module")
def explorer() -> fig.StaticChart:
    return fig.acute_explorer_figure()


def test_explorer_grid_comes_from_the_input_ranges(explorer):
    allowed = par.INPUT_RANGES["intensity"]
    assert fig.intensities()[0] == allowed.low and fig.intensities()[-1] == allowed.high
    minutes = par.INPUT_RANGES["minutes"]
    assert all(minutes.low <= d <= minutes.high for d in fig.DURATIONS)
    spec = explorer.chart.to_dict()
    bindings = {p["name"]: p["bind"] for p in spec["params"]}
    assert set(bindings) == {"population", "modality", "intensity", "minutes"}
    assert bindings["intensity"]["min"] == allowed.low and bindings["intensity"]["max"] == allowed.high
    assert bindings["minutes"]["options"] == list(fig.DURATIONS)
    assert bindings["population"]["labels"] == [par.POPULATION_LABELS[p] for p in model.POPULATIONS]
    rows = spec["data"]["values"]
    bouts = len(model.MODALITIES) * len(fig.intensities()) * len(fig.DURATIONS)
    assert len(rows) == len(model.POPULATIONS) * bouts
    points = fig.DURING_POINTS + len(fig.AFTER_MINUTES)
    assert all(len(r["e"]) == len(r["s"]) == points for r in rows)


@pytest.mark.parametrize("seed", range(12))
def test_explorer_records_equal_the_model(explorer, seed):
    rows = explorer.chart.to_dict()["data"]["values"]
    row = random.Random(seed).choice(rows)
    population, modality = model.POPULATIONS[row["p"]], model.MODALITIES[row["m"]]
    response = model.acute(model.Bout(modality, row["i"], row["d"]), population)
    assert row["x"] == pytest.approx(response.duration_minutes, abs=ROUNDING)
    for t, e, s in zip(fig.time_points(response.duration_minutes), row["e"], row["s"], strict=True):
        low, high = response.band_at(t)
        assert e == pytest.approx(response.at(t), abs=ROUNDING)
        # The chart rebuilds the band from mean and spread with the model's own z.
        assert e + spread.Z_LOW * s == pytest.approx(low, abs=3 * ROUNDING)
        assert e + spread.Z_HIGH * s == pytest.approx(high, abs=3 * ROUNDING)


def test_explorer_time_course_builds_during_the_bout_and_fades_after_it(explorer):
    rows = explorer.chart.to_dict()["data"]["values"]
    healthy_aerobic = next(r for r in rows if r["p"] == 0 and r["m"] == 0 and r["i"] == 70 and r["d"] == 30)
    during, after = healthy_aerobic["e"][: fig.DURING_POINTS], healthy_aerobic["e"][fig.DURING_POINTS:]
    assert during[0] == 0 and during == sorted(during)
    assert after == sorted(after, reverse=True) and after[-1] < during[-1] / 4


def test_explorer_sentence_pieces_follow_the_model(explorer):
    sentence = explorer.sentence
    assert sentence.params == ("population", "modality", "intensity", "minutes")
    for seed in range(10):
        rng = random.Random(seed)
        p, m = rng.randrange(len(model.POPULATIONS)), rng.randrange(len(model.MODALITIES))
        i, d = rng.choice(fig.intensities()), rng.choice(fig.DURATIONS)
        response = model.acute(model.Bout(model.MODALITIES[m], i, d), model.POPULATIONS[p])
        text = sentence.text([p, m, i, d])
        assert text.startswith(f"{fig.POPULATION_PHRASES[model.POPULATIONS[p]]}, {d} minutes of ")
        assert fig.change_phrase(response.at(0), "threshold") in text
        assert f"{fig.share_phrase(response.share_worse)} people may feel more sensitive." in text
    # The example sentence of the chapter's brief.
    assert sentence.text([0, 0, 70, 30]) == (
        "Healthy adults, 30 minutes of aerobic exercise at 70%: pain threshold at the exercising muscle up "
        "by about d = 0.5 at the end, mostly gone within half an hour; 1 in 3 people may feel more "
        "sensitive.")


def test_sentence_phrases():
    assert fig.change_phrase(0.58, "threshold") == "up by about d = 0.6"
    assert fig.change_phrase(0.58, "rating") == "down by about d = 0.6"
    assert fig.change_phrase(-0.29, "threshold") == "down by about d = 0.3"
    assert fig.change_phrase(0.01, "tolerance") == "barely changed"
    assert fig.share_phrase(0.34) == "1 in 3"
    assert fig.share_phrase(0.58) == "6 in 10"
    assert fig.share_phrase(0.01) == "fewer than 1 in 20"
    # ME/CFS: the knob turns the other way, and more than half are worse off.
    response = model.acute(model.Bout("aerobic", 70, 30), "me_cfs")
    assert response.at(0) < 0 and "down by" in fig.explorer_pieces(response, 30)[1]
    # An isometric hold at high force ends at exhaustion within seconds; the sentence says so.
    hold = model.acute(model.Bout("isometric", 85, 30), "healthy")
    assert fig.explorer_pieces(hold, 30)[0].startswith(" (held to exhaustion after about ")


def test_test_and_site_records_and_sentence():
    figure = fig.test_and_site_figure()
    rows = figure.chart.to_dict()["data"]["values"]
    cells = len(model.MEASURES) * len(model.SITES)
    assert len(rows) == len(model.POPULATIONS) * len(model.MODALITIES) * cells
    for row in random.Random(3).sample(rows, 20):
        modality = model.MODALITIES[row["modality"]]
        response = model.acute(fig.typical_bout(modality), model.POPULATIONS[row["population"]],
                               model.MEASURES[row["measure"]], model.SITES[row["site"]])
        low, high = response.band_at(0)
        assert row["e"] == pytest.approx(response.at(0), abs=ROUNDING)
        assert row["e"] + spread.Z_HIGH * row["sd"] == pytest.approx(high, abs=3 * ROUNDING)
        assert row["e"] + spread.Z_LOW * row["sd"] == pytest.approx(low, abs=3 * ROUNDING)
    # Tolerance moves more than threshold (D5, F14), and the exercising muscle more than elsewhere (A4).
    healthy = {(model.MEASURES[r["measure"]], model.SITES[r["site"]]): r["e"]
               for r in rows if r["population"] == 0 and r["modality"] == 0}
    assert healthy[("tolerance", "local")] > healthy[("threshold", "local")]
    assert healthy[("threshold", "local")] > healthy[("threshold", "remote")]
    text = figure.sentence.text([0, 0])
    assert text.startswith("Healthy adults, aerobic exercise at 70% for 30 minutes: ")
    assert "pain threshold elsewhere on the body least" in text


def test_resting_records_and_sentence():
    figure = fig.resting_figure()
    rows = figure.chart.to_dict()["data"]["values"]
    fields = list(fig.RESTING_FIELDS)
    for row in rows:
        population = model.POPULATIONS[row["population"]]
        expected = getattr(model.resting(population), fields[row["field"]])
        assert row["e"] == pytest.approx(expected, abs=ROUNDING)
    fibromyalgia = model.POPULATIONS.index("fibromyalgia")
    assert figure.initial_values == (fibromyalgia,)
    assert figure.sentence.text([fibromyalgia]) == (
        "People with fibromyalgia, compared with healthy adults at rest: pain threshold lower by d = 1.3 "
        "at the painful site and by d = 1.0 elsewhere; tolerance lower by d = 0.5; pain-inhibits-pain "
        "weaker by d = 0.6.")
    athlete = model.POPULATIONS.index("athlete")
    # F14/F15: athletes differ in tolerance far more than in threshold.
    assert "pain threshold higher by d = 0.4; tolerance higher by d = 0.9" in figure.sentence.text([athlete])


def test_every_chart_validates_against_the_vega_lite_schema(vega_lite_schema, explorer):
    for figure in (explorer, fig.test_and_site_figure(), fig.resting_figure()):
        spec = figure.chart.to_dict()
        vega_lite_schema.validate(spec)
        assert len(spec["description"]) > 80
        assert spec["autosize"]["type"] == "fit-x"
    panel = acute_explorer_panel()
    vega_lite_schema.validate(panel.current_chart.to_dict())


def test_live_panel_redraws_exactly_what_the_model_says():
    panel = acute_explorer_panel()
    controls = panel.controls
    assert set(controls) == {"modality", "population", "intensity", "minutes", "measure", "site"}
    assert controls["intensity"].min == par.INPUT_RANGES["intensity"].low
    assert controls["minutes"].max == par.INPUT_RANGES["minutes"].high
    controls["population"].value = "fibromyalgia"
    controls["modality"].value = "isometric"
    controls["intensity"].value = 27
    controls["minutes"].value = 4.5
    controls["measure"].value = "tolerance"
    controls["site"].value = "remote"
    (record,) = panel.current_chart.to_dict()["data"]["values"]
    response = model.acute(model.Bout("isometric", 27, 4.5), "fibromyalgia", "tolerance", "remote")
    times = fig.time_points(response.duration_minutes, fig.LIVE_DURING_POINTS, fig.LIVE_AFTER_MINUTES)
    assert record["e"] == [pytest.approx(response.at(t), abs=ROUNDING) for t in times]
    assert record == live_record(panel.values())
    assert "People with fibromyalgia, 4.5 minutes of isometric exercise at 27%" in panel.sentence.value
    assert "pain tolerance elsewhere on the body" in panel.sentence.value
    assert 'aria-live="polite"' in panel.sentence.value
    assert panel.message.value == ""


def test_live_panel_shows_a_plain_message_on_bad_input_and_keeps_the_last_chart():
    panel = acute_explorer_panel()
    before, sentence = panel.current_chart, panel.sentence.value
    slider = panel.controls["intensity"]
    slider.max = 250  # a value outside the model's range, set directly
    slider.value = 200
    assert "intensity" in panel.message.value and "Traceback" not in panel.message.value
    assert 'role="alert"' in panel.message.value
    assert panel.current_chart is before and panel.sentence.value == sentence
    slider.value = 60
    assert panel.message.value == "" and panel.current_chart is not before


# --- Controls that change nothing say why (tests/inert_controls.py) --------------------------------------

# The bout ends at exhaustion, it is too light to change anything, or a study found the group alike.
EXPLORER_REASON = r"exhaustion|barely changed|No study in this model measured|in the studies"


@pytest.mark.parametrize("control", ["population", "modality", "intensity", "minutes"])
def test_no_explorer_control_changes_nothing_without_saying_why(explorer, control):
    records = {(r["p"], r["m"], r["i"], r["d"]): {k: r[k] for k in ("x", "e", "s")}
               for r in fig.explorer_records()}
    groups = same_data_groups(records, fig._EXPLORER_PARAMS.index(control), records.get)
    assert groups  # each control has settings where it changes nothing (a bout ended at exhaustion, ...)
    assert not unexplained(groups, lambda s: explorer.sentence.text(list(s)), EXPLORER_REASON)


def test_athletes_note_says_the_studies_found_them_alike(explorer):
    athlete = model.POPULATIONS.index("athlete")
    assert explorer.sentence.text([athlete, 0, 70, 30]).endswith(
        "Pain thresholds rose alike in active and inactive people after exercise in the studies, so the "
        "chart shows healthy adults' response, except that a bout ends at exhaustion later for athletes.")
    assert "in the studies" not in explorer.sentence.text([0, 0, 70, 30])


def test_no_live_explorer_choice_changes_nothing_without_saying_why():
    """The live panel's extra controls (pain test and site) and the population, at the default bout."""
    grid = [(p, q, s) for p in model.POPULATIONS for q in model.MEASURES for s in model.SITES]

    def values(setting: tuple) -> dict:
        population, measure, site = setting
        return fig.DEFAULTS | {"population": population, "measure": measure, "site": site}

    for control in range(3):
        groups = same_data_groups(grid, control, lambda s: live_record(values(s)))
        failures = unexplained(groups, lambda s: fig.live_explorer_sentence(values(s)), EXPLORER_REASON)
        assert not failures


@pytest.mark.parametrize(("figure", "controls"), [
    (fig.test_and_site_figure, ("population", "modality")),
    (fig.resting_figure, ("population",)),
])
def test_no_other_descending_control_changes_nothing_without_saying_why(figure, controls):
    chart = figure()
    records = fig.test_and_site_records() if len(controls) == 2 else fig.resting_records()
    grid = sorted({tuple(r[c] for c in controls) for r in records})

    def data(setting: tuple) -> list:
        chosen = [r for r in records if tuple(r[c] for c in controls) == setting]
        return [{k: v for k, v in r.items() if k not in controls} for r in chosen]

    for control in range(len(controls)):
        groups = same_data_groups(grid, control, data)
        assert not unexplained(groups, lambda s: chart.sentence.text(list(s)), EXPLORER_REASON)
