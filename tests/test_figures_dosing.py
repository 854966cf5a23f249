"""The dosing chapter's figures and live panel, without a browser.

The static charts' rows must be the model's output (rounded to the 3 decimals the page stores) for every
grid point sampled; the sentences' lookup tables and wording must follow the model; the live panel must
redraw from the model for continuous doses and keep its last chart on bad input; every chart must be valid
Vega-Lite; and the page's chart data must stay light.
"""

from __future__ import annotations

import json
import random
from importlib import resources

import jsonschema
import pytest

from tests.inert_controls import same_data_groups, unexplained
from widgets import model
from widgets import parameters as par
from widgets.controls import dosing as live
from widgets.figures import dosing as fig
from widgets.model import spread
from widgets.static import control_key

ROUNDING = 5e-4 + 1e-12  # the page stores 3 decimals
# A band end is e + z * s, both stored to 3 decimals: off by at most 0.0005 * (1 + |z|).
BAND_ROUNDING = 5e-4 * (1 + spread.Z_HIGH) + 1e-9
SAMPLES = 25


@pytest.fixture(scope="module")
def after():
    return fig.after_records()


@pytest.fixture(scope="module")
def programme():
    return fig.programme_records()


@pytest.fixture(scope="module")
def figures():
    return fig.after_session_figure(), fig.programme_figure()


@pytest.fixture(scope="module")
def vega_lite_schema() -> jsonschema.Draft7Validator:
    text = resources.files("altair.vegalite.v6.schema").joinpath("vega-lite-schema.json").read_text()
    return jsonschema.Draft7Validator(json.loads(text))


def _band(record: dict) -> tuple[list[float], list[float]]:
    return ([e + spread.Z_LOW * s for e, s in zip(record["e"], record["s"], strict=True)],
            [e + spread.Z_HIGH * s for e, s in zip(record["e"], record["s"], strict=True)])


def test_after_session_rows_are_the_model_for_sampled_grid_points(after):
    records, summary = after
    assert len(records) == len(model.POPULATIONS) * 3 * len(fig.AFTER_INTENSITIES) * len(fig.AFTER_MINUTES)
    for record in random.Random(1).sample(records, SAMPLES):
        population, modality = model.POPULATIONS[record["p"]], fig.MODALITIES[record["m"]]
        result = model.after_effects(model.Bout(modality, record["i"], record["d"]), population)
        assert record["t"] == list(fig.AFTER_HOURS)
        expected = [result.at(h) for h in fig.AFTER_HOURS]
        assert record["e"] == pytest.approx(expected, abs=ROUNDING)
        index = [int(round(h * 10)) for h in fig.AFTER_HOURS]  # the model's 0.1-hour grid
        low, high = _band(record)
        assert low == pytest.approx(result.band[0][index], abs=BAND_ROUNDING)
        assert high == pytest.approx(result.band[1][index], abs=BAND_ROUNDING)
        relief, flare = summary[control_key([record["p"], record["m"], record["i"], record["d"]])]
        assert relief == pytest.approx(result.effect[0], abs=ROUNDING)
        assert flare == pytest.approx(max(0.0, -result.effect.min()), abs=ROUNDING)


def test_programme_rows_are_the_model_for_sampled_grid_points(programme):
    records, summary = programme
    for record in random.Random(2).sample(records, SAMPLES):
        population, modality = model.POPULATIONS[record["p"]], fig.MODALITIES[record["m"]]
        result = model.program(model.Bout(modality, record["i"], fig.PROGRAMME_MINUTES), record["n"],
                               fig.TRAINING_WEEKS, population, fig.DETRAINING_WEEKS)
        clinical = population in par.CLINICAL_PAIN_POPULATIONS
        mean = result.pain_relief if clinical else result.tolerance
        band = result.band if clinical else result.tolerance_band
        days = list(fig.PROGRAMME_DAYS)
        assert record["t"] == pytest.approx([d / 7 for d in days], abs=ROUNDING)
        assert record["e"] == pytest.approx(mean[days], abs=ROUNDING)
        low, high = _band(record)
        assert low == pytest.approx(band[0][days], abs=BAND_ROUNDING)
        assert high == pytest.approx(band[1][days], abs=BAND_ROUNDING)
        end = fig.TRAINING_WEEKS * 7
        headline, flare = summary[control_key([record["p"], record["m"], record["i"], record["n"]])]
        assert headline == pytest.approx(mean[end], abs=ROUNDING)
        assert flare == pytest.approx(max(0.0, -mean[: end + 1].min()), abs=ROUNDING)


def test_programme_relief_needs_clinical_pain():
    # No everyday pain to relieve in the pain-free groups: their chart shows tolerance instead.
    bout = model.Bout("aerobic", 60, fig.PROGRAMME_MINUTES)
    healthy = fig.programme_course(bout, 3, "healthy")
    assert model.program(bout, 3, 12, "healthy").pain_relief.max() == 0
    assert healthy.headline > 0.3 and fig.outcome_name("healthy") == "tolerance"
    assert fig.outcome_name("fibromyalgia") == "relief"


def test_grids_come_from_the_models_input_ranges():
    for value in fig.AFTER_INTENSITIES + fig.PROGRAMME_INTENSITIES:
        assert par.INPUT_RANGES["intensity"].low <= value <= par.INPUT_RANGES["intensity"].high
    assert min(fig.PROGRAMME_SESSIONS) == par.INPUT_RANGES["sessions_per_week"].low
    assert all(par.INPUT_RANGES["minutes"].low <= m <= par.INPUT_RANGES["minutes"].high
               for m in fig.AFTER_MINUTES)


@pytest.mark.parametrize(("a", "b", "word"), [
    (0.0, 0.01, "none"), (0.5, 0.54, "same"), (0.5, 0.6, "same"), (0.5, 0.7, "more"), (0.7, 0.5, "less"),
    (-0.4, -0.1, "more"), (0.0, 0.2, "more"),
])
def test_compare_words_the_difference(a, b, word):
    assert fig.compare(a, b) == word


def test_sentence_has_a_setting_for_every_population_and_pair_of_words(figures):
    after_figure, programme_figure = figures
    for p, population in enumerate(model.POPULATIONS):
        for relief in ("more", "same", "less", "none"):
            for flare in ("more", "same", "less", "none"):
                # The last value: each dose's state for the note (doses_code; "--" = no note).
                text = after_figure.sentence.text([p, relief, flare, "--"])
                assert text.startswith(fig.GROUP_NAMES[population])
                prefix = "" if population in par.CLINICAL_PAIN_POPULATIONS else "t"
                text = programme_figure.sentence.text([p, prefix + relief, flare])
                assert ("tolerance" in text) == (prefix == "t")


def test_initial_sentences_follow_the_model(figures):
    after_figure, programme_figure = figures
    # Dose B (70% for 60 min) against dose A (50% for 30 min) in chronic low back pain: more relief at
    # once and a larger flare; over a programme, 3 sessions a week beat 2.
    assert after_figure.sentence.text(after_figure.initial_values) == (
        "People with chronic low back pain, in the model: dose B brings more relief in the first hour than "
        "dose A, and a larger flare over the next three days.")
    assert programme_figure.sentence.text(programme_figure.initial_values).startswith(
        "People with chronic low back pain, in the model: dose B brings more relief than dose A by week 12")


def test_static_charts_validate_and_name_their_controls_after_the_model(figures, vega_lite_schema):
    for figure, extra in zip(figures, ("minutes", "sessions_per_week"), strict=True):
        spec = figure.chart.to_dict()
        vega_lite_schema.validate(spec)
        bound = [p["name"] for p in spec["params"] if "bind" in p]
        assert bound == ["population"] + [f"{n}_{d}" for d in "ab" for n in ("modality", "intensity", extra)]
        assert len(spec["description"]) > 80
        intensity = next(p for p in spec["params"] if p["name"] == "intensity_a")["bind"]
        assert par.INPUT_RANGES["intensity"].low <= intensity["min"] < intensity["max"] <= 100


def test_chart_data_keep_the_page_light(figures):
    # The page's own budget is 400 kB; prose and theme markup take about 60 kB.
    total = sum(len(f._repr_html_().encode()) for f in figures)
    assert total < 300_000, total


@pytest.fixture(scope="module")
def panel():
    return live.dosing_panel()


def _live_rows(panel, chart: int) -> dict[str, dict]:
    spec = panel.current_chart.to_dict()
    return {r["dose"]: r for r in spec["vconcat"][chart]["data"]["values"]}


def test_live_panel_redraws_from_the_model_for_continuous_doses(panel, vega_lite_schema):
    controls = panel.controls
    controls["population"].value = "fibromyalgia"
    controls["modality_b"].value = "dynamic_resistance"
    controls["intensity_b"].value = 83
    controls["minutes_b"].value = 47
    controls["sessions_per_week_b"].value = 4
    controls["weeks_b"].value = 16
    vega_lite_schema.validate(panel.current_chart.to_dict())
    bout = model.Bout("dynamic_resistance", 83, 47)
    after = model.after_effects(bout, "fibromyalgia")
    row = _live_rows(panel, 0)["b"]
    assert row["t"] == pytest.approx(after.hours[live.AFTER_INDEX], abs=ROUNDING)
    assert row["e"] == pytest.approx(after.effect[live.AFTER_INDEX], abs=ROUNDING)
    weeks_a = controls["weeks_a"].value
    horizon = max(16, weeks_a) + fig.DETRAINING_WEEKS
    result = model.program(bout, 4, 16, "fibromyalgia", horizon - 16)
    row = _live_rows(panel, 1)["b"]
    index = live.programme_index(len(result.week))
    assert row["t"] == pytest.approx(result.week[index], abs=ROUNDING)
    assert row["e"] == pytest.approx(result.pain_relief[index], abs=ROUNDING)
    assert row["t"][-1] == pytest.approx(horizon)
    text = panel.sentence.value
    assert "People with fibromyalgia" in text and "by the end of training" in text


def test_live_panel_controls_cover_every_dose_argument_from_the_input_ranges(panel):
    for dose in "ab":
        for name in ("intensity", "minutes", "sessions_per_week", "weeks"):
            control = panel.controls[f"{name}_{dose}"]
            allowed = par.INPUT_RANGES[name]
            assert (control.min, control.max) == (allowed.low, allowed.high)
        assert [v for _, v in panel.controls[f"modality_{dose}"].options] == list(par.MODALITIES)


def test_live_panel_shows_a_plain_message_on_bad_input_and_keeps_the_last_chart(panel):
    before = panel.current_charts
    slider = panel.controls["minutes_a"]
    slider.max = 1000  # a value outside the model's range, set directly
    slider.value = 900
    assert "minutes" in panel.message.value and "360" in panel.message.value
    assert "Traceback" not in panel.message.value
    assert panel.current_charts is before
    slider.value = 30
    slider.max = par.INPUT_RANGES["minutes"].high
    assert panel.message.value == "" and panel.current_charts is not before


# --- Controls that change nothing say why (tests/inert_controls.py) --------------------------------------

DOSING_REASON = r"more minutes change nothing|No study in this model measured|in the studies|little or no"


def _course(summary: dict, key: tuple) -> fig.Course:
    headline, flare = summary[control_key(list(key))]
    return fig.Course(t=[], e=[], s=[], headline=headline, flare=flare)


@pytest.mark.parametrize("dose", ["a", "b"])
@pytest.mark.parametrize("control", ["population", "modality", "intensity", "minutes"])
def test_no_after_session_control_changes_nothing_without_saying_why(after, dose, control):
    """Each control of one dose (and the population), the other dose at its default."""
    records, summary = after
    drawn = {(r["p"], r["m"], r["i"], r["d"]): (r["e"], r["s"]) for r in records}
    other_dose = "b" if dose == "a" else "a"
    other = fig.AFTER_DEFAULTS[other_dose]
    other_key = (fig.MODALITIES.index(other[0]), *other[1:])
    grid = list(drawn)

    def pair(key: tuple) -> dict[str, tuple]:
        return {dose: key, other_dose: (key[0], *other_key)}

    def sentence(key: tuple) -> str:
        keys = pair(key)
        population = fig.POPULATIONS[key[0]]
        codes = fig.sentence_codes(population, _course(summary, keys["a"]), _course(summary, keys["b"]),
                                   programme=False)
        bouts = {d: model.Bout(fig.MODALITIES[k[1]], k[2], k[3]) for d, k in keys.items()}
        courses = {d: _course(summary, k) for d, k in keys.items()}
        return fig.AFTER_SENTENCE.text((*codes, fig.doses_code(population, bouts, courses)))

    controls = ("population", "modality", "intensity", "minutes")
    groups = same_data_groups(grid, controls.index(control),
                              lambda key: [drawn[k] for k in pair(key).values()])
    if control == "minutes":
        assert groups  # a bout longer than people can keep up ends at exhaustion
    assert not unexplained(groups, sentence, DOSING_REASON)


def test_after_session_sentence_says_which_dose_stops_at_exhaustion_or_changes_nothing(figures):
    after_figure = figures[0]
    sentence = after_figure.sentence.text([0, "same", "none", "-x"])
    assert sentence.endswith("Dose B is longer than people can keep up at its intensity, so it stops at "
                             "exhaustion and more minutes change nothing.")
    assert after_figure.sentence.text([0, "same", "none", "0x"]).endswith(
        "Dose A is too light or too short to change pain in the model, with little or no relief or flare. "
        "Dose B is longer than people can keep up at its intensity, so it stops at exhaustion and more "
        "minutes change nothing.")
    assert "Both doses are too light" in after_figure.sentence.text([3, "none", "none", "00"])
    bouts = {"a": model.Bout("aerobic", 90, 30), "b": model.Bout("isometric", 30, 10)}
    courses = {d: fig.after_course(b, "healthy") for d, b in bouts.items()}
    assert fig.doses_code("healthy", bouts, courses) == "xx"
    light = {"a": model.Bout("aerobic", 30, 10), "b": model.Bout("aerobic", 50, 30)}
    courses = {d: fig.after_course(b, "knee_osteoarthritis") for d, b in light.items()}
    assert fig.doses_code("knee_osteoarthritis", light, courses) == "0-"
    # The browser reads the same from its lookup of settings that stop early.
    spec = after_figure.chart.to_dict()
    stops = next(p for p in spec["params"] if p["name"] == "after_stops")["value"]
    assert stops == fig.stopped_keys() and control_key([0, 0, 90, 30]) in stops


@pytest.mark.parametrize("control", ["population", "modality", "intensity", "sessions"])
def test_no_programme_control_changes_nothing_without_saying_why(programme, control):
    records, summary = programme
    drawn = {(r["p"], r["m"], r["i"], r["n"]): (r["e"], r["s"]) for r in records}
    other = fig.PROGRAMME_DEFAULTS["b"]
    other_key = (fig.MODALITIES.index(other[0]), *other[1:])

    def sentence(key: tuple) -> str:
        population = fig.POPULATIONS[key[0]]
        codes = fig.sentence_codes(population, _course(summary, key), _course(summary, (key[0], *other_key)),
                                   programme=True)
        return fig.PROGRAMME_SENTENCE.text(codes)

    controls = ("population", "modality", "intensity", "sessions")
    groups = same_data_groups(list(drawn), controls.index(control),
                              lambda key: [drawn[key], drawn[(key[0], *other_key)]])
    if control == "population":
        assert groups  # training's rise in tolerance was measured in healthy people only (E11)
    assert not unexplained(groups, sentence, DOSING_REASON)
