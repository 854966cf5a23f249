"""Chart specs: valid Vega-Lite, carrying the data they claim, with text alternatives."""

from __future__ import annotations

import json
import re
from importlib import resources
from pathlib import Path

import altair as alt
import jsonschema
import pytest

from widgets.charts import published_effects_chart
from widgets.intro import published_effects_figure
from widgets.published import CONTROLLED, POOLED_EFFECTS, PRE_POST, pooled_effect_records
from widgets.static import StaticChart, TableColumn, data_table

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def vega_lite_schema() -> jsonschema.Draft7Validator:
    # The schema Altair itself was generated from, shipped inside the altair package. Its "$ref"
    # names (e.g. "Vector2<boolean>") are not strict URI references, so the schema is used as is
    # rather than meta-validated.
    text = resources.files("altair.vegalite.v6.schema").joinpath("vega-lite-schema.json").read_text()
    return jsonschema.Draft7Validator(json.loads(text))


def test_published_effects_spec_validates_against_the_vega_lite_schema(vega_lite_schema):
    spec = published_effects_chart(pooled_effect_records()).to_dict()
    vega_lite_schema.validate(spec)
    assert spec["$schema"].endswith(f"{alt.SCHEMA_VERSION}.json")


def test_dose_response_spec_validates_and_offers_every_population(vega_lite_schema):
    from widgets.dose_response import DURATIONS, dose_response_figure
    from widgets.model import POPULATIONS

    spec = dose_response_figure().chart.to_dict()
    vega_lite_schema.validate(spec)
    bindings = {p["name"]: p["bind"] for p in spec["params"]}
    assert len(bindings["population"]["labels"]) == len(POPULATIONS)
    assert bindings["minutes"]["options"] == list(DURATIONS)
    rows = spec["data"]["values"]
    assert len(rows) == len(POPULATIONS) * 3 * len(DURATIONS) * 10  # 10 intensities: 10, 20, ... 100
    assert all(r["low"] <= r["effect"] <= r["high"] for r in rows)


def test_schema_check_rejects_a_broken_spec(vega_lite_schema):
    spec = published_effects_chart(pooled_effect_records()).to_dict()
    spec["layer"][2]["mark"] = {"type": "not-a-mark"}
    with pytest.raises(jsonschema.ValidationError):
        vega_lite_schema.validate(spec)


def test_chart_has_a_description_and_a_design_control():
    spec = published_effects_chart(pooled_effect_records()).to_dict()
    assert len(spec["description"]) > 80
    (param,) = spec["params"]
    assert param["bind"]["input"] == "radio"
    assert set(param["bind"]["options"]) >= {PRE_POST, CONTROLLED}


def test_published_values_follow_the_project_sign_convention():
    # A3/B4: Wewege & Jones report hypoalgesia as negative g; the project flips it to positive.
    controlled = {(p.exercise, p.population): p for p in POOLED_EFFECTS if p.design == CONTROLLED}
    aerobic = controlled[("Aerobic", "Healthy adults")]
    assert (aerobic.effect, aerobic.ci_low, aerobic.ci_high) == (0.85, 0.13, 1.58)
    for p in POOLED_EFFECTS:
        if p.ci_low is not None:
            assert p.ci_low < p.effect < p.ci_high, p


def test_every_published_value_names_a_row_and_a_source_in_references_bib():
    keys = set(re.findall(r"@\w+\{([^,\s]+),", (ROOT / "references.bib").read_text()))
    for p in POOLED_EFFECTS:
        assert re.fullmatch(r"[A-I]\d+", p.row), p
        assert p.source in keys, p


def test_static_embed_holds_the_spec_and_a_full_data_table():
    figure = published_effects_figure()
    html = figure._repr_html_()
    ident = figure.element_id
    spec_text = re.search(rf'<script type="application/json" id="{ident}-spec">(.*?)</script>', html, re.S)
    assert spec_text, "the spec must follow its placeholder"
    assert json.loads(spec_text.group(1)) == figure.chart.to_dict()
    assert html.count("<tr>") == len(POOLED_EFFECTS) + 1  # header + one row per published value
    assert f'<div class="eih-chart" id="{ident}"' in html


def test_static_embed_cannot_be_closed_early_by_data_containing_a_script_tag():
    chart = alt.Chart(alt.Data(values=[{"label": "</script><script>alert(1)</script>"}])).mark_point()
    html = StaticChart(chart, caption_html="c")._repr_html_()
    assert html.count("</script>") == 1


def test_data_table_escapes_and_marks_missing_values():
    table = data_table([{"a": "<b>", "b": None}], [TableColumn("a", "A"), TableColumn("b", "B")], "s")
    assert "&lt;b&gt;" in table and "not reported" in table
