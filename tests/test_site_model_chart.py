"""The model chart on the static site shows what the Python model computes, for any control setting.

Random (seeded) settings of the population, exercise-type and duration controls are made in the
real page; the points Vega then draws are read back and compared with ``widgets.model.acute``
called directly in this process.
"""

from __future__ import annotations

import random

import pytest

from tests.site_pages import PageVisit, open_offline
from tests.test_site_browser import CHART_TIMEOUT_MS, wait_for_charts
from widgets import model
from widgets import parameters as par
from widgets.dose_response import DURATIONS, MODALITY_LABELS

PAGE = "book/appendix/model.html"
SETTINGS = random.Random(20261125).sample(
    [(p, m, d) for p in model.POPULATIONS for m in MODALITY_LABELS for d in DURATIONS], 4
)

# Vega re-runs its dataflow asynchronously after a control changes; wait for that run to finish.
FINISH_REDRAW = """async () => {
  await Promise.all([...document.querySelectorAll('div.eih-chart')].map(c => c.eihView.runAsync()));
}"""

READ_DRAWN = """() => {
  const charts = Array.from(document.querySelectorAll('div.eih-chart'));
  const chart = charts.find(c => c.querySelector('.vega-bind select'));
  const items = [];
  (function walk(node) {
    if (node.items) node.items.forEach(walk);
    if (node.mark && node.mark.role === 'mark' && node.datum) {
      items.push({type: node.mark.marktype, ...node.datum});
    }
  })(chart.eihView.scenegraph().root);
  return items;
}"""


@pytest.mark.parametrize(("population", "modality", "minutes"), SETTINGS)
def test_model_chart_draws_the_python_model_for_random_control_settings(
    built_site, site_url, browser, population, modality, minutes
):
    context = browser.new_context()
    visit = PageVisit()
    page = open_offline(context, f"{site_url}/{PAGE}", visit)
    wait_for_charts(page)
    controls = page.locator("div.eih-chart .vega-bindings").filter(has=page.locator("select"))
    controls.locator(".vega-bind", has_text="Population").locator("select").select_option(
        label=par.POPULATION_LABELS[population])
    controls.get_by_label(MODALITY_LABELS[modality], exact=True).check()
    controls.locator(".vega-bind", has_text="Minutes").locator("select").select_option(label=str(minutes))
    page.evaluate(FINISH_REDRAW)
    drawn = page.evaluate(READ_DRAWN)
    line = {d["intensity"]: d for d in drawn if d["type"] == "line"}
    area = {d["intensity"]: d for d in drawn if d["type"] == "area"}
    assert line and line.keys() == area.keys()
    for intensity, point in line.items():
        response = model.acute(model.Bout(modality, intensity, minutes), population)
        low, high = response.band_at(0)
        assert point["effect"] == pytest.approx(response.at(0), abs=1e-3)
        assert (area[intensity]["low"], area[intensity]["high"]) == pytest.approx((low, high), abs=1e-3)
    assert min(line) == par.INPUT_RANGES["intensity"].low and max(line) == par.INPUT_RANGES["intensity"].high
    assert not visit.outside_requests and not visit.console_errors
    context.close()


def test_model_chart_controls_change_the_drawing(built_site, site_url, browser):
    context = browser.new_context()
    page = open_offline(context, f"{site_url}/{PAGE}", PageVisit())
    wait_for_charts(page)
    before = page.evaluate(READ_DRAWN)
    controls = page.locator("div.eih-chart .vega-bindings").filter(has=page.locator("select"))
    controls.locator(".vega-bind", has_text="Population").locator("select").select_option(
        label=par.POPULATION_LABELS["me_cfs"])
    page.wait_for_function(
        f"() => ({READ_DRAWN})().some(d => d.type === 'line' && d.effect < 0)", timeout=CHART_TIMEOUT_MS)
    assert page.evaluate(READ_DRAWN) != before
    context.close()
