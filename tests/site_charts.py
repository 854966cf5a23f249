"""Helpers for browser tests of the kernel-free charts: open a chapter, set controls, read what Vega drew.

Parity tests set a chart's controls through its Vega parameters (``view.signal``), exactly the values a
reader's control would set, then read the marks Vega drew back from the scenegraph and compare them with
the Python model. Keyboard tests use the real HTML controls instead (see ``press_keys_on``).
"""

from __future__ import annotations

from tests.site_pages import PageVisit, open_offline
from tests.test_site_browser import wait_for_charts

# Every chart on the page, in page order, as {id, params} where params are the bound controls' names.
LIST_CHARTS = """() => Array.from(document.querySelectorAll('div.eih-chart')).map(c => ({
  id: c.id,
  params: Array.from(c.querySelectorAll('.vega-bind input, .vega-bind select'))
    .map(el => el.name).filter((n, i, all) => n && all.indexOf(n) === i),
}))"""

SET_PARAMS = """async ([id, values]) => {
  const view = document.getElementById(id).eihView;
  for (const [name, value] of Object.entries(values)) view.signal(name, value);
  await view.runAsync();
}"""

# Each drawn mark item with its datum, tagged with the mark's type and name (Vega-Lite names layers
# "layer_0_marks", ...; a builder may name a mark with alt.Chart.mark_*(name=...)).
READ_DRAWN = """(id) => {
  const items = [];
  (function walk(node) {
    if (node.items) node.items.forEach(walk);
    if (node.mark && node.mark.role === 'mark' && node.datum) {
      items.push({type: node.mark.marktype, mark: node.mark.name, ...node.datum});
    }
  })(document.getElementById(id).eihView.scenegraph().root);
  return items;
}"""

READ_SENTENCE = """(id) => {
  const p = document.getElementById(id + '-result');
  return p ? p.textContent : null;
}"""


def open_chapter(browser, site_url: str, page_path: str):
    """A fresh context and page on ``page_path`` with outside requests blocked; charts drawn."""
    context = browser.new_context()
    visit = PageVisit()
    page = open_offline(context, f"{site_url}/{page_path}", visit)
    wait_for_charts(page)
    return context, page, visit


def charts_on(page) -> list[dict]:
    return page.evaluate(LIST_CHARTS)


def chart_with_params(page, params: set[str]) -> str:
    """The id of the one chart on the page whose bound controls are exactly ``params``."""
    found = [c["id"] for c in charts_on(page) if set(c["params"]) == params]
    assert len(found) == 1, charts_on(page)
    return found[0]


def set_params(page, chart_id: str, values: dict) -> None:
    page.evaluate(SET_PARAMS, [chart_id, values])


def drawn(page, chart_id: str) -> list[dict]:
    return page.evaluate(READ_DRAWN, chart_id)


def sentence(page, chart_id: str) -> str | None:
    return page.evaluate(READ_SENTENCE, chart_id)


def wait_for_sentence_with(page, chart_id: str, text: str) -> str:
    """Wait until the chart's result sentence contains ``text`` (after a control changed); return it."""
    page.wait_for_function(
        "([id, text]) => (document.getElementById(id + '-result') || {}).textContent.includes(text)",
        arg=[chart_id, text])
    return sentence(page, chart_id)
