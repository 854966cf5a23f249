"""The shared pieces every chapter widget uses: result sentences and the live panel.

A ``ResultSentence`` must produce the same text in Python (live panels, tests) as charts.js produces in
the browser; the browser side is checked by each chapter's site tests. The ``Panel`` must redraw on a
change, and turn bad input into a plain message without losing the last good chart.
"""

from __future__ import annotations

import altair as alt
import ipywidgets as w
import pytest

from widgets.controls import inputs
from widgets.controls.panel import UNEXPECTED, Panel
from widgets.static import ResultSentence, StaticChart, control_key


def test_control_key_writes_numbers_as_javascript_does():
    assert control_key([30.0, 7.5, "aerobic", 3, True]) == "30|7.5|aerobic|3|true"


def test_result_sentence_fills_controls_labels_and_pieces():
    sentence = ResultSentence(
        template="{minutes} min of {modality}: threshold {0} by d = {1}",
        params=("minutes", "modality"),
        parts={control_key([30, "aerobic"]): ["up", "0.55"]},
        labels={"modality": {"aerobic": "cycling"}},
    )
    assert sentence.text([30.0, "aerobic"]) == "30 min of cycling: threshold up by d = 0.55"
    with pytest.raises(KeyError):
        sentence.text([31, "aerobic"])  # a setting the page holds no numbers for


def test_result_sentence_notes_follow_a_parameter_without_multiplying_the_parts():
    """A note is printed through its labels from a parameter's value and is not part of the key: one
    stored setting serves every population of a group (widgets/figures/gaps.py)."""
    sentence = ResultSentence(
        template="IL-6 {0}.{why}",
        params=("group",),
        parts={"0": ["peaks at 5.8-fold"]},
        labels={"why": {"0": "", "5": " No study measured fibromyalgia."}},
        notes={"why": "population"},
    )
    assert sentence.signals == ("group", "population")
    assert sentence.text([0, 0]) == "IL-6 peaks at 5.8-fold."
    assert sentence.text([0, 5]) == "IL-6 peaks at 5.8-fold. No study measured fibromyalgia."
    assert '"notes":{"why":"population"}' in sentence.to_json()
    with pytest.raises(ValueError):
        sentence.text([0])  # the note's parameter is missing
    assert '"notes"' not in ResultSentence("{0}", ("x",), {"1": ["a"]}).to_json()  # no change without notes


def test_static_chart_embeds_the_sentence_for_the_initial_setting_with_aria_live():
    chart = alt.Chart(alt.Data(values=[{"x": 1}])).mark_point().encode(x="x:Q")
    sentence = ResultSentence("{x} it is {0}", ("x",), {"1": ["fine"], "2": ["</script>"]})
    html = StaticChart(chart, "caption", sentence=sentence, initial_values=(1,))._repr_html_()
    assert '<p class="eih-result"' in html and 'aria-live="polite"' in html and ">1 it is fine</p>" in html
    assert "</script>" not in html.split('-sentence">', 1)[1].split("</script>", 1)[0]


def _chart(value: float) -> alt.Chart:
    return alt.Chart(alt.Data(values=[{"x": value}])).mark_point().encode(x="x:Q")


def _draw(values: dict) -> tuple[alt.Chart, str]:
    if values["intensity"] > 95:
        raise ValueError("intensity must be a number from 10 to 100 % of maximum; got 120")
    if values["intensity"] == 13:
        raise RuntimeError("an unexpected failure")
    return _chart(values["intensity"]), f"intensity {values['intensity']:g}"


def _data(panel: Panel) -> list[dict]:
    return panel.current_chart.to_dict()["data"]["values"]


def test_panel_redraws_on_a_change():
    panel = Panel({"intensity": inputs.intensity(50)}, _draw)
    assert _data(panel) == [{"x": 50}] and "intensity 50" in panel.sentence.value
    panel.controls["intensity"].value = 70
    assert _data(panel) == [{"x": 70}] and "intensity 70" in panel.sentence.value
    assert panel.chart.spec == panel.current_chart.to_dict()
    assert 'aria-live="polite"' in panel.sentence.value


def test_panel_shows_the_models_message_and_keeps_the_last_chart_on_bad_input():
    panel = Panel({"intensity": inputs.intensity(50)}, _draw)
    panel.controls["intensity"].value = 99
    assert "intensity must be a number from 10 to 100" in panel.message.value
    assert _data(panel) == [{"x": 50}] and "intensity 50" in panel.sentence.value
    panel.controls["intensity"].value = 60  # the next valid input works and clears the message
    assert panel.message.value == "" and _data(panel) == [{"x": 60}]


def test_panel_hides_unexpected_errors_behind_a_plain_message():
    panel = Panel({"intensity": inputs.intensity(50)}, _draw)
    panel.controls["intensity"].value = 13
    assert UNEXPECTED in panel.message.value and "Traceback" not in panel.message.value
    assert "RuntimeError" not in panel.message.value
    assert _data(panel) == [{"x": 50}]


def test_inputs_take_their_ranges_from_the_models_input_table():
    from widgets import parameters as par

    slider = inputs.intensity()
    assert (slider.min, slider.max) == (par.INPUT_RANGES["intensity"].low, par.INPUT_RANGES["intensity"].high)
    weeks = inputs.number_slider("weeks", "Weeks", 12)
    assert isinstance(weeks, w.IntSlider) and weeks.max == par.INPUT_RANGES["weeks"].high
    population = inputs.population()
    assert [value for _, value in population.options] == list(par.POPULATIONS)


def test_a_data_swap_is_the_spec_altair_would_build():
    """Live panels put new records into a template's cached spec (widgets.controls.panel.DataSwap); that
    spec must be exactly what Altair makes of the same chart, for every panel that uses it."""
    from widgets.controls import dosing, explainer, immune
    from widgets.controls.panel import DataSwap

    def values(controls: dict) -> dict:
        return {name: control.value for name, control in controls.items()}

    drawn = [dosing.draw(values(dosing.controls())), explainer.draw(values(explainer.controls())),
             immune.draw(values(immune.cytokine_controls()))]
    swaps = [c for charts, _ in drawn for c in (charts if isinstance(charts, tuple) else (charts,))
             if isinstance(c, DataSwap)]
    assert len(swaps) >= 5
    for swap in swaps:
        assert swap.to_dict() == swap.chart().to_dict(validate=False)


def test_a_vega_bundle_built_once_is_the_one_altair_builds(tmp_path):
    """tools/clinic.py builds the inlined Vega bundle once per server and kernels read it (widgets/live.py,
    which sets Altair's private JupyterChart._esm): the file must be what enable_offline() makes, and a
    kernel given the file must use it rather than build its own."""
    import os
    import subprocess
    import sys

    from widgets import live

    path = tmp_path / "bundle.js"
    live.write_vega_bundle(path)
    code = ("import sys, altair as alt; from widgets import live; live._enable_offline_once(); "
            "sys.stdout.write(str(alt.JupyterChart._is_offline) + '|' + alt.JupyterChart._esm)")

    def kernel_esm(env: dict) -> str:
        out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                             env=env).stdout
        flag, esm = out.split("|", 1)
        assert flag == "True"
        return esm

    plain = {k: v for k, v in os.environ.items() if k != live.VEGA_BUNDLE_ENV}
    assert kernel_esm(plain) == path.read_text(encoding="utf-8")  # built afresh: the same bundle
    marked = tmp_path / "marked.js"
    marked.write_text(path.read_text(encoding="utf-8") + "\n// read from the file\n", encoding="utf-8")
    assert kernel_esm({**plain, live.VEGA_BUNDLE_ENV: str(marked)}).endswith("// read from the file\n")
